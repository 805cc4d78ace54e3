using System.Collections.Immutable;
using IomSim.Engine.Results;

namespace IomSim.Engine.Measures;

/// <summary>One run as a sweep keeps it: each item's result in timeline order, and each budget year reduced to its measures.</summary>
/// <param name="Events">Each item's result, in timeline order.</param>
/// <param name="BudgetYears">Each budget year played, in year order (empty without any).</param>
public sealed record MeasuredRun(ImmutableArray<EventRun> Events, ImmutableArray<BudgetYearMeasures> BudgetYears);
