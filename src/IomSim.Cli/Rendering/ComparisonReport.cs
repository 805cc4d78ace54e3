using System.Collections.Immutable;
using IomSim.Engine.Comparison;
using IomSim.Engine.Results;

namespace IomSim.Cli.Rendering;

/// <summary>
/// What <c>compare</c> renders: the runs (with the scenario and world the CLI read), and their comparison with the
/// record, made by <see cref="ScenarioComparison"/> — the same code the dashboard's record panel uses.
/// </summary>
/// <param name="Report">The runs.</param>
/// <param name="Comparisons">One per documented item, in timeline order.</param>
internal sealed record ComparisonReport(ScenarioReport Report, ImmutableArray<EventComparison> Comparisons)
{
    /// <summary>For a counterfactual: its baseline's runs, to put beside it.</summary>
    public ScenarioReport? Baseline { get; init; }

    /// <summary>The model-level comparison both shells render.</summary>
    public ScenarioComparison Model => new(Report.Result, Comparisons) { Baseline = Baseline?.Result };

    /// <summary>The counterfactual beside its baseline, measure by measure (empty without a baseline).</summary>
    public ImmutableArray<SideBySideRow> SideBySide => Model.SideBySide;

    /// <summary>The counterfactual against its baseline run by run: each measure's change with its paired 95% interval and sign test (empty without a baseline).</summary>
    public ImmutableArray<PairedChange> Paired => Model.Paired;

    /// <summary>Each compared item beside its result.</summary>
    public IEnumerable<(EventResult Item, EventComparison Comparison)> Compared => Model.Compared;

    /// <summary>The items with nothing on record to compare with.</summary>
    public IEnumerable<EventResult> NotCompared => Model.NotCompared;
}
