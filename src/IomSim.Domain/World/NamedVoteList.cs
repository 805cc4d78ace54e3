using System.Collections.Immutable;

namespace IomSim.Domain.World;

/// <summary>States a source names as having voted one way.</summary>
/// <param name="Vote">The vote.</param>
/// <param name="States">The states named (or, where the source names a group, its members on the day).</param>
/// <param name="DocumentedAs">How the source describes the list, when it names a group rather than states.</param>
/// <param name="Source">The source.</param>
public sealed record NamedVoteList(RecordedVote Vote, ImmutableArray<StateCode> States, string? DocumentedAs, string Source);
