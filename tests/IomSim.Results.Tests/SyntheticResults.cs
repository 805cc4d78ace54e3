using System.Collections.Immutable;
using IomSim.Domain.Procedure;
using IomSim.Engine.Results;

namespace IomSim.Results.Tests;

/// <summary>Hand-made results: two items over a few runs, one with a formal vote and one without.</summary>
internal static class SyntheticResults
{
    public static ScenarioResult Of(int runs, ulong seed = 7, string hash = "abc123", string version = "0.1.0")
    {
        var vote = Enumerable.Range(0, runs).Select(run => new EventRun(
            run,
            "adopted-by-vote",
            new Tally(100 + run, 2, 3, 10, 1),
            ["UKR"],
            ["UKR"],
            Map(("GEO", "no"), ("UKR", "no"), ("USA", run % 2 == 0 ? "abstain" : "yes")),
            Map(("GEO", "relation"), ("UKR", "relation"), ("USA", "chance")),
            null)).ToImmutableArray();
        var consensus = Enumerable.Range(0, runs).Select(run => new EventRun(
            run, "accepted", null, [], [], StateLabelDictionary.Empty, StateLabelDictionary.Empty, null)).ToImmutableArray();
        return new ScenarioResult("synthetic", "Synthetic", seed, runs, version, hash, false,
        [
            Event("synthetic/admission", "admission", vote),
            Event("synthetic/acceptance", "acceptance", consensus),
        ]);
    }

    private static EventResult Event(string id, string kind, ImmutableArray<EventRun> runs) => new(
        id, kind, id, "session", new DateOnly(2020, 11, 24),
        ImmutableSortedDictionary<string, double>.Empty,
        new TallySummary(Distribution.Empty, Distribution.Empty, Distribution.Empty, Distribution.Empty, Distribution.Empty),
        0, null, ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, double>>.Empty, runs);

    private static StateLabelDictionary Map(params (string Key, string Value)[] entries) =>
        StateLabelDictionary.From(entries.Select(e => KeyValuePair.Create(e.Key, e.Value)));
}
