using System.Collections.Immutable;

namespace IomSim.Engine.Sweeps;

/// <summary>One agenda item over the runs of one setting.</summary>
/// <param name="Id">The item's id.</param>
/// <param name="Kind">admission, budget, decision, election or acceptance.</param>
/// <param name="Runs">How many runs.</param>
/// <param name="Outcomes">Outcome name → share of runs with its 95% Wilson interval.</param>
/// <param name="Adopted">For a motion, the share of runs adopting it (by consensus or vote) with its Wilson interval; null otherwise.</param>
/// <param name="FormalVoteShare">The share of runs with a formal vote.</param>
/// <param name="Tally">Each tally column over the runs with a formal vote.</param>
/// <param name="Pivotal">The states most often pivotal, most often first (at most five, only those pivotal at least once).</param>
public sealed record SweepItemSummary(
    string Id,
    string Kind,
    int Runs,
    ImmutableSortedDictionary<string, Interval> Outcomes,
    Interval? Adopted,
    double FormalVoteShare,
    ImmutableArray<TallyStatistic> Tally,
    ImmutableArray<PivotalShare> Pivotal);
