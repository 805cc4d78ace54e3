using System.Collections.Immutable;
using IomSim.Domain.Decisions;
using IomSim.Domain.World;
using IomSim.Testing;
using IomSim.Scenarios.Model;
using IomSim.Seeds;

namespace IomSim.Engine.Tests;

/// <summary>Scenarios built in code, so the engine is tested apart from the YAML reader.</summary>
internal static class Scenarios
{
    private static readonly Lazy<World> s_world = new(() => SeedLoader.Load(RepositoryRoot.Combine("seeds")));

    public static World World => s_world.Value;

    public static StateCode Code(string code) => StateCode.Parse(code);

    public static Scenario Russia2020(bool ukraineInsists = true) => Make(
        "russia-2020",
        VotingBody.IomCouncil,
        new Session("111th session", new DateOnly(2020, 11, 24),
        [
            Entry("russia-2020/admission", AgendaKind.Admission, Code("RUS"), ukraineInsists ? [Code("UKR")] : [], documented: "russia-2020"),
        ]),
        new Session("Russia accepts the Constitution", new DateOnly(2021, 4, 19),
        [
            Entry("russia-2020/acceptance", AgendaKind.Acceptance, Code("RUS"), []),
        ]));

    public static Scenario Gcm2018() => Make(
        "gcm-2018-unga",
        VotingBody.UnGeneralAssembly,
        new Session("73rd session", new DateOnly(2018, 12, 19),
        [
            Entry("gcm-2018/adoption", AgendaKind.Decision, null, [Code("USA")], position: new PolicyPosition(0, 0.5), documented: "gcm-2018-unga"),
        ]));

    public static Scenario Election() => Make(
        "dg-election",
        VotingBody.IomCouncil,
        new Session("Special session", new DateOnly(2018, 6, 29),
        [
            new AgendaEntry("dg-2018", AgendaKind.Election, "Director General", null, null, [],
                [new Candidate("A", Code("PRT"), new PolicyPosition(0.1, 0.3)), new Candidate("B", Code("USA"), new PolicyPosition(0.9, 0.9))], null),
        ]));

    private static AgendaEntry Entry(string id, AgendaKind kind, StateCode? applicant, ImmutableArray<StateCode> requestedBy, PolicyPosition? position = null, string? documented = null) =>
        new(id, kind, id, applicant, position, requestedBy, [], documented);

    private static Scenario Make(string id, VotingBody body, params Session[] timeline) => new(
        id,
        id,
        "built in a test",
        body,
        new ScenarioWorld(DecisionParameters.Default, false, ImmutableSortedDictionary<StateCode, PolicyPosition>.Empty, [], ImmutableSortedDictionary<StateCode, BehaviourOverride>.Empty),
        [.. timeline],
        1,
        2020,
        new ScenarioSource($"{id}.yaml", "test"));
}
