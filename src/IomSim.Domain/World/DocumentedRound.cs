using System.Collections.Immutable;

namespace IomSim.Domain.World;

/// <summary>One round of a documented election, as one source gives it.</summary>
/// <param name="Number">The round, from 1.</param>
/// <param name="Votes">Votes per candidate.</param>
/// <param name="Blank">Blank ballots, when the source gives them.</param>
/// <param name="Source">The source.</param>
public sealed record DocumentedRound(int Number, ImmutableSortedDictionary<string, int> Votes, int? Blank, string Source);
