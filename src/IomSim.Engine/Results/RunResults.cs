using System.Collections.Immutable;

namespace IomSim.Engine.Results;

/// <summary>Everything one run produced, handed over as soon as it is played (to store it while others play).</summary>
/// <param name="Run">The run index.</param>
/// <param name="Events">Each agenda item's result, in timeline order.</param>
/// <param name="BudgetYears">Each budget year played, in timeline order (empty when the scenario plays none).</param>
public sealed record RunResults(int Run, ImmutableArray<EventRun> Events, ImmutableArray<BudgetYearRun> BudgetYears);
