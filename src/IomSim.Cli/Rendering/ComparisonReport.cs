using System.Collections.Immutable;
using IomSim.Engine.Comparison;
using IomSim.Engine.Results;

namespace IomSim.Cli.Rendering;

/// <summary>What <c>compare</c> renders: the runs, and for each item with a documented outcome, its comparison.</summary>
/// <param name="Report">The runs.</param>
/// <param name="Comparisons">One per documented item, in timeline order.</param>
internal sealed record ComparisonReport(ScenarioReport Report, ImmutableArray<EventComparison> Comparisons)
{
    /// <summary>For a counterfactual: its baseline's runs, to put beside it.</summary>
    public ScenarioReport? Baseline { get; init; }

    /// <summary>The counterfactual beside its baseline, measure by measure (empty without a baseline).</summary>
    public ImmutableArray<SideBySideRow> SideBySide => Baseline is { } baseline ? Engine.Comparison.SideBySide.Of(baseline.Result, Report.Result) : [];

    /// <summary>The counterfactual against its baseline run by run: each measure's change with its paired 95% interval and sign test (empty without a baseline).</summary>
    public ImmutableArray<PairedChange> Paired => Baseline is { } baseline ? PairedComparison.Of(baseline.Result, Report.Result) : [];

    /// <summary>Each compared item beside its result.</summary>
    public IEnumerable<(EventResult Item, EventComparison Comparison)> Compared =>
        Comparisons.Select(c => (Report.Result.Events.First(e => e.Id == c.Id), c));

    /// <summary>The items with nothing on record to compare with.</summary>
    public IEnumerable<EventResult> NotCompared =>
        Report.Result.Events.Where(e => !Comparisons.Any(c => c.Id == e.Id));
}
