using System.Collections.Immutable;
using IomSim.Domain.World;

namespace IomSim.Domain.Decisions;

/// <summary>A public endorsement of a candidate before the vote, by states or by a group (then its members on the day).</summary>
/// <param name="By">What the source names: a state code or a group such as <c>AU</c>.</param>
/// <param name="States">The endorsing states (a group's members on <paramref name="AsOf"/>).</param>
/// <param name="Source">Who reports it.</param>
/// <param name="AsOf">The day of the endorsement, before the vote.</param>
/// <param name="Basis">Documented, or general knowledge to be checked.</param>
public sealed record Endorsement(string By, ImmutableHashSet<StateCode> States, string Source, DateOnly AsOf, ValueBasis Basis);
