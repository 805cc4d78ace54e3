using IomSim.Domain.World;

namespace IomSim.Scenarios.Tests;

/// <summary>The numbers a sweep may set, and their errors.</summary>
public sealed class ScenarioSettingPathTests
{
    [Theory]
    [InlineData("parameters.noise", 0, 10)]
    [InlineData("behaviour.UKR.attendance", 0, 1)]
    [InlineData("behaviour.*.abstention_band", 0, 1)]
    [InlineData("relation.UKR.RUS", -1, 1)]
    [InlineData("donor.USA.factor", 0, 10)]
    [InlineData("donor.UN-POOLED-FUNDS.factor", 0, 10)]
    [InlineData("funding.pledge_noise", 0, 5)]
    [InlineData("funding.overhead_rate", 0, 1)]
    [InlineData("funding.minimum_coverage_to_start", 0, 1)]
    public void Known_paths_have_their_ranges(string text, double min, double max)
    {
        Assert.True(ScenarioSettingPath.TryParse(text, out var path, out var error), error);
        Assert.Equal((min, max), (path!.Min, path.Max));
    }

    [Theory]
    [InlineData("parameters.nosie", "unknown parameter 'nosie'")]
    [InlineData("behaviour.UKR.mood", "unknown behaviour field 'mood'")]
    [InlineData("behaviour.UK1.attendance", "'UK1' is not a state code")]
    [InlineData("relation.UKR.UKR", "a relation from UKR to itself")]
    [InlineData("weights.noise", "unknown path 'weights.noise'")]
    [InlineData("donor.usa.factor", "'usa' is not a donor id")]
    [InlineData("donor.USA.scale", "unknown path 'donor.USA.scale'")]
    [InlineData("funding.noise", "unknown funding key 'noise'")]
    public void Unknown_paths_say_what_was_wrong(string text, string problem)
    {
        Assert.False(ScenarioSettingPath.TryParse(text, out _, out var error));
        Assert.StartsWith(problem, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Setting_a_number_changes_the_scenario_as_the_file_would()
    {
        var scenario = ScenarioReader.Read(Seeded.Scenario("russia-2020.yaml"), Seeded.World);
        var ukr = StateCode.Parse("UKR");
        var rus = StateCode.Parse("RUS");

        var noisy = Parse("parameters.noise").ApplyTo(scenario, 2.5);
        var absent = Parse("behaviour.UKR.attendance").ApplyTo(Parse("behaviour.UKR.abstention_band").ApplyTo(scenario, 0.3), 0.25);
        var friendly = Parse("relation.UKR.RUS").ApplyTo(Parse("relation.UKR.RUS").ApplyTo(scenario, -0.5), 0.75);

        Assert.Equal(2.5, noisy.World.Parameters.Noise);
        Assert.Equal((0.25, 0.3), (absent.World.Behaviour[ukr].Attendance, absent.World.Behaviour[ukr].AbstentionBand));
        Assert.Equal(0.75, Assert.Single(friendly.World.Relations, r => r.From == ukr && r.To == rus).Weight);
        Assert.Throws<ArgumentOutOfRangeException>(() => Parse("behaviour.UKR.attendance").ApplyTo(scenario, 1.5));
    }

    [Fact]
    public void An_unknown_path_lists_every_valid_form()
    {
        Assert.False(ScenarioSettingPath.TryParse("donors.USA", out _, out var error));
        Assert.All(["parameters.KEY", "behaviour.CODE.FIELD", "relation.FROM.TO", "donor.DONOR.factor", "funding.KEY"], form => Assert.Contains(form, error, StringComparison.Ordinal));
        Assert.Equal(error, Assert.Throws<FormatException>(() => ScenarioSettingPath.Parse("donors.USA")).Message);
    }

    [Fact]
    public void A_donor_factor_is_the_scale_change_the_counterfactual_file_writes()
    {
        var baseline = ScenarioReader.Read(Seeded.Scenario("funding-2021.yaml"), Seeded.World);
        var halves = ScenarioReader.Read(Seeded.Scenario("funding-2021-largest-donor-halves.yaml"), Seeded.World);

        var set = Parse("donor.USA.factor").ApplyTo(baseline, 0.5);

        Assert.Equal(halves.Funding.Donors.ToArray(), set.Funding.Donors.ToArray());
        Assert.Equal(0.25, Assert.Single(Parse("donor.USA.factor").ApplyTo(halves, 0.25).Funding.Donors).Factor);
        Assert.True(Parse("donor.USA.factor").IsFunding);
        Assert.False(Parse("parameters.noise").IsFunding);
    }

    [Fact]
    public void A_donor_factor_sets_a_match_in_every_period_and_refuses_a_pooled_donor()
    {
        var matched = ScenarioReader.Read(Seeded.Scenario("funding-2021-assessed-share.yaml"), Seeded.World);
        var pooled = ScenarioReader.Read(Seeded.Scenario("funding-2021-eu-pooled.yaml"), Seeded.World);

        var set = Parse("donor.RUS.factor").ApplyTo(matched, 2);

        Assert.Equal([1, 2], set.Funding.Donors.Select(d => d.Factor));
        Assert.Equal(matched.Funding.Donors.Select(d => (d.Kind, d.FromYear)), set.Funding.Donors.Select(d => (d.Kind, d.FromYear)));
        Assert.Contains("pooled money", Assert.Throws<ArgumentException>(() => Parse("donor.EU.factor").ApplyTo(pooled, 0.5)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Funding_keys_set_the_rules_and_the_pledge_noise()
    {
        var baseline = ScenarioReader.Read(Seeded.Scenario("funding-2021.yaml"), Seeded.World);

        var set = Parse("funding.overhead_rate").ApplyTo(Parse("funding.minimum_coverage_to_start").ApplyTo(Parse("funding.pledge_noise").ApplyTo(baseline, 1.5), 0.5), 0.05);

        Assert.Equal((1.5, 0.5m, 0.05m), (set.Funding.PledgeNoise, set.Funding.Rules.MinimumCoverageToStart, set.Funding.Rules.OverheadRate));
        Assert.Throws<ArgumentOutOfRangeException>(() => Parse("funding.pledge_noise").ApplyTo(baseline, 6));
    }

    private static ScenarioSettingPath Parse(string text)
    {
        Assert.True(ScenarioSettingPath.TryParse(text, out var path, out var error), error);
        return path!;
    }
}
