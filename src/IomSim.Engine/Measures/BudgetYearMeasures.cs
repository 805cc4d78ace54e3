using System.Collections.Immutable;

namespace IomSim.Engine.Measures;

/// <summary>One budget year of one run, reduced to the catalogue's budget-year measures (small enough to keep for every run).</summary>
/// <param name="Run">The run index.</param>
/// <param name="Year">The budget year.</param>
/// <param name="Values">One value per <see cref="MeasureCatalogue.BudgetYear"/> measure, in that order.</param>
public sealed record BudgetYearMeasures(int Run, int Year, ImmutableArray<double> Values);
