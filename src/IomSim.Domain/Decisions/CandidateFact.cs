using IomSim.Domain.World;

namespace IomSim.Domain.Decisions;

/// <summary>
/// One documented attribute of a candidate: its value, who says so, and as of which day. A fact dated on or after the
/// vote could not have informed it, so the scenario reader refuses one.
/// </summary>
/// <typeparam name="T">The attribute's type.</typeparam>
/// <param name="Value">The value.</param>
/// <param name="Source">Who says so.</param>
/// <param name="AsOf">The day the source states it for (or was published), before the vote.</param>
/// <param name="Basis">Where the value comes from (documented, derived from a dataset, general knowledge to be checked).</param>
public sealed record CandidateFact<T>(T Value, string Source, DateOnly AsOf, ValueBasis Basis);
