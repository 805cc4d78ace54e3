using System.Collections.Immutable;
using IomSim.Engine.Results;

namespace IomSim.Engine.Comparison;

/// <summary>
/// A scenario's runs beside the record, as <c>compare</c>, the report and the dashboard all put them: one comparison per
/// documented item, the items with nothing on record, each budget year's documented figures, and for a counterfactual
/// every measure beside its baseline. Each shell renders it in its own way; the comparing is done here once.
/// </summary>
/// <param name="Result">The runs.</param>
/// <param name="Comparisons">One per documented item, in timeline order (<see cref="ScenarioComparer"/>).</param>
public sealed record ScenarioComparison(ScenarioResult Result, ImmutableArray<EventComparison> Comparisons)
{
    /// <summary>For a counterfactual: its baseline's runs, to put beside it.</summary>
    public ScenarioResult? Baseline { get; init; }

    /// <summary>The comparison of <paramref name="result"/> with the record.</summary>
    public static ScenarioComparison Of(ScenarioResult result) => new(result, ScenarioComparer.Compare(result));

    /// <summary>Each compared item beside its result.</summary>
    public IEnumerable<(EventResult Item, EventComparison Comparison)> Compared =>
        Comparisons.Select(c => (Result.Events.First(e => e.Id == c.Id), c));

    /// <summary>The items with nothing on record to compare with.</summary>
    public IEnumerable<EventResult> NotCompared =>
        Result.Events.Where(e => !Comparisons.Any(c => c.Id == e.Id));

    /// <summary>The budget years with documented funding figures (each figure beside its simulated value).</summary>
    public IEnumerable<FundingYearSummary> DocumentedYears => Result.Funding.Where(y => !y.Documented.IsEmpty);

    /// <summary>The counterfactual beside its baseline, measure by measure (empty without a baseline).</summary>
    public ImmutableArray<SideBySideRow> SideBySide => Baseline is { } baseline ? Comparison.SideBySide.Of(baseline, Result) : [];

    /// <summary>The counterfactual against its baseline run by run (empty without a baseline).</summary>
    public ImmutableArray<PairedChange> Paired => Baseline is { } baseline ? PairedComparison.Of(baseline, Result) : [];
}
