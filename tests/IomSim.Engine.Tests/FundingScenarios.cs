using System.Collections.Immutable;
using IomSim.Domain.Decisions;
using IomSim.Domain.Funding;
using IomSim.Domain.World;
using IomSim.Scenarios.Model;

namespace IomSim.Engine.Tests;

/// <summary>Budget-year scenarios built in code, so the engine's funding is tested apart from the YAML reader.</summary>
internal static class FundingScenarios
{
    /// <summary>The Council adopts the budgets for 2021 and 2022, with the given changes to donors.</summary>
    public static Scenario Years2021And2022(params DonorChange[] changes) => Make(
        "funding",
        ScenarioFunding.Default with { Donors = [.. changes] },
        ImmutableSortedDictionary<StateCode, BehaviourOverride>.Empty,
        Budget(new DateOnly(2020, 11, 24), 2021),
        Budget(new DateOnly(2021, 11, 29), 2022));

    /// <summary>Budgets 2016–2020 with one member paying nothing, then Russia's admission on 24 November 2020.</summary>
    public static Scenario ArrearsBeforeRussia2020(StateCode defaulter) => Make(
        "arrears",
        ScenarioFunding.Default,
        ImmutableSortedDictionary<StateCode, BehaviourOverride>.Empty.Add(defaulter, new BehaviourOverride(null, null, null, 0.0)),
        [.. Enumerable.Range(2016, 5).Select(year => Budget(new DateOnly(year - 1, 11, 24), year)),
            new Session("111th session", new DateOnly(2020, 11, 24),
            [
                new AgendaEntry("russia-2020/admission", AgendaKind.Admission, "admission", StateCode.Parse("RUS"), null, [StateCode.Parse("UKR")], [], "russia-2020"),
            ])]);

    /// <summary>A budget item adopting <paramref name="year"/> at a session on <paramref name="date"/>.</summary>
    public static Session Budget(DateOnly date, int year) =>
        new($"session of {date:yyyy-MM-dd}", date, [new AgendaEntry($"budget-{year}", AgendaKind.Budget, $"budget {year}", null, null, [], [], null) { Year = year }]);

    public static DonorChange Scale(string donor, double factor) => new(DonorChangeKind.Scale, DonorId.Parse(donor), factor, null, null, null);

    public static DonorChange Match(string donor) => new(DonorChangeKind.MatchAssessedShare, DonorId.Parse(donor), 1.0, null, null, null);

    public static DonorChange Pool(string group, string into) => new(DonorChangeKind.Pool, DonorId.Parse(into), 1.0, group, null, null);

    private static Scenario Make(string id, ScenarioFunding funding, ImmutableSortedDictionary<StateCode, BehaviourOverride> behaviour, params Session[] timeline) => new(
        id,
        id,
        "built in a test",
        VotingBody.IomCouncil,
        new ScenarioWorld(DecisionParameters.Default, false, ImmutableSortedDictionary<StateCode, PolicyPosition>.Empty, [], behaviour),
        [.. timeline],
        1,
        2021,
        new ScenarioSource($"{id}.yaml", "test"))
    {
        Funding = funding,
    };
}
