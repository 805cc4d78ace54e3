using System.Collections.Immutable;

namespace IomSim.Engine.Results;

/// <summary>
/// Everything a scenario's runs produced. Its JSON form is a stable contract (README): <c>scenario</c>, <c>seed</c>,
/// <c>runs</c>, <c>version</c>, <c>calibrated</c>, <c>events</c>, <c>funding</c>.
/// </summary>
/// <param name="Scenario">The scenario's id.</param>
/// <param name="Title">Its title.</param>
/// <param name="Seed">The seed used.</param>
/// <param name="Runs">How many runs.</param>
/// <param name="Version">The program version that produced it.</param>
/// <param name="ContentHash">The scenario file's SHA-256.</param>
/// <param name="Calibrated">Whether the decision parameters were calibrated (else: stated defaults).</param>
/// <param name="Events">One entry per agenda item, in timeline order.</param>
public sealed record ScenarioResult(
    string Scenario,
    string Title,
    ulong Seed,
    int Runs,
    string Version,
    string ContentHash,
    bool Calibrated,
    ImmutableArray<EventResult> Events)
{
    /// <summary>One summary per budget year played, in year order (empty when the scenario adopts no budget year).</summary>
    public ImmutableArray<FundingYearSummary> Funding { get; init; } = [];

    /// <summary>Every run's budget years as figures, by run index and then in timeline order (empty when the scenario plays none).</summary>
    public ImmutableArray<BudgetYearRun> BudgetYearRuns { get; init; } = [];

    /// <summary>For calibrated parameters: which were fitted, on what, and whether this replay is in sample; null for the stated defaults.</summary>
    public string? ParametersLabel { get; init; }

    /// <summary>The parameters line of every output.</summary>
    public string ParametersText => Calibrated ? ParametersLabel ?? "calibrated (what it was fitted on is not recorded)" : "stated defaults, not calibrated";
}
