using System.Collections.Immutable;

namespace IomSim.Domain.Procedure;

/// <summary>One round of an election: a secret ballot, or the acclamation of a lone candidate.</summary>
/// <param name="Number">The round, from 1.</param>
/// <param name="Candidates">The candidates standing in this round.</param>
/// <param name="Votes">Votes per candidate.</param>
/// <param name="Against">Votes against (only in a yes-or-no ballot on a lone candidate).</param>
/// <param name="Blank">Blank ballots: counted apart, not votes cast.</param>
/// <param name="Absent">Members entitled to vote who cast no ballot.</param>
/// <param name="Elected">The winner of this round, if any.</param>
/// <param name="Eliminated">The candidate dropped after this round, if any.</param>
public sealed record ElectionRound(
    int Number,
    ImmutableArray<string> Candidates,
    ImmutableSortedDictionary<string, int> Votes,
    int Against,
    int Blank,
    int Absent,
    string? Elected,
    string? Eliminated)
{
    /// <summary>Candidates who withdrew after this round, in the order they did.</summary>
    public ImmutableArray<string> Withdrawn { get; init; } = [];

    /// <summary>True when a lone candidate was elected by acclamation, without ballots.</summary>
    public bool ByAcclamation { get; init; }

    /// <summary>Votes cast: for a candidate or against the lone one; blank ballots are not votes cast.</summary>
    public int Cast => Votes.Values.Sum() + Against;

    /// <summary>Every member entitled to vote, each once: votes cast, blank ballots, and members without a ballot.</summary>
    public int Voters => Cast + Blank + Absent;
}
