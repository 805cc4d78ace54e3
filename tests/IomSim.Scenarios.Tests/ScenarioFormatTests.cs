using IomSim.Scenarios.Model;

namespace IomSim.Scenarios.Tests;

public sealed class ScenarioFormatTests
{
    [Theory]
    [InlineData("admission", AgendaKind.Admission)]
    [InlineData("budget", AgendaKind.Budget)]
    [InlineData("decision", AgendaKind.Decision)]
    [InlineData("election", AgendaKind.Election)]
    [InlineData("acceptance", AgendaKind.Acceptance)]
    public void Kind_names_round_trip(string name, AgendaKind kind)
    {
        Assert.True(ScenarioFormat.TryParseKind(name, out var parsed));
        Assert.Equal(kind, parsed);
        Assert.Equal(name, ScenarioFormat.KindName(kind));
    }

    [Theory]
    [InlineData("iom-council", VotingBody.IomCouncil)]
    [InlineData("unga", VotingBody.UnGeneralAssembly)]
    public void Body_names_round_trip(string name, VotingBody body)
    {
        Assert.True(ScenarioFormat.TryParseBody(name, out var parsed));
        Assert.Equal(body, parsed);
        Assert.Equal(name, ScenarioFormat.BodyName(body));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Admission")]
    [InlineData("vote")]
    public void Other_names_are_not_kinds_or_bodies(string? name)
    {
        Assert.False(ScenarioFormat.TryParseKind(name, out _));
        Assert.False(ScenarioFormat.TryParseBody(name, out _));
    }

    [Fact]
    public void Overrides_of_the_world_are_read()
    {
        var yaml = ScenarioText.Minimal.Replace("timeline:", """
            runs: 1000
            seed: 18446744073709551615
            world:
              parameters: { noise: 0, distance_weight: 0.5, admission_baseline: -2 }
              calibrated: true
              positions:
                UKR: { alignment: 0.1, rights: 0.4 }
              relations:
                - { from: UKR, to: RUS, weight: -1.0 }
              behaviour:
                GEO: { attendance: 1, abstention_band: 0.2 }
                UKR: { assessed_payment: 0 }
            timeline:
            """, StringComparison.Ordinal);

        var scenario = ScenarioReader.Parse(yaml, ScenarioText.File, Seeded.World);

        Assert.Equal((1000, ulong.MaxValue), (scenario.Runs, scenario.Seed));
        var world = scenario.World;
        Assert.True(world.Calibrated);
        Assert.Equal(Domain.Decisions.DecisionParameters.Default with { Noise = 0, DistanceWeight = 0.5, AdmissionBaseline = -2, Choices = Seeded.World.VoteChoice }, world.Parameters);
        Assert.Equal(new Domain.World.PolicyPosition(0.1, 0.4), world.Positions[Seeded.Code("UKR")]);
        Assert.Equal(new RelationOverride(Seeded.Code("UKR"), Seeded.Code("RUS"), -1.0), Assert.Single(world.Relations));
        Assert.Equal(new BehaviourOverride(null, 0.2, 1, null), world.Behaviour[Seeded.Code("GEO")]);
        Assert.Equal(new BehaviourOverride(null, null, null, 0), world.Behaviour[Seeded.Code("UKR")]);
    }

    [Fact]
    public void Without_a_world_section_the_seeds_apply_unchanged()
    {
        var world = ScenarioReader.Parse(ScenarioText.Minimal, ScenarioText.File, Seeded.World).World;

        // The four-choice weights fitted on the roll calls come with the seeds.
        Assert.Equal(Domain.Decisions.DecisionParameters.Default with { Choices = Seeded.World.VoteChoice }, world.Parameters);
        Assert.False(world.Calibrated);
        Assert.Empty(world.Positions);
        Assert.Empty(world.Relations);
        Assert.Empty(world.Behaviour);
        Assert.False(world.Relations.IsDefault);
    }
}
