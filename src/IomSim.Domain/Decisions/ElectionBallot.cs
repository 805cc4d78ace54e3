namespace IomSim.Domain.Decisions;

/// <summary>One member's ballot in an election round.</summary>
/// <param name="Candidate">The candidate chosen, for <see cref="BallotMark.For"/>; else null.</param>
/// <param name="Mark">What the ballot says.</param>
public readonly record struct ElectionBallot(string? Candidate, BallotMark Mark)
{
    /// <summary>A vote for a candidate.</summary>
    public static ElectionBallot For(string candidate) => new(candidate, BallotMark.For);

    /// <summary>A vote against the only candidate.</summary>
    public static ElectionBallot AgainstCandidate => new(null, BallotMark.Against);

    /// <summary>A blank ballot: counted apart, not a vote cast.</summary>
    public static ElectionBallot Blank => new(null, BallotMark.Blank);

    /// <summary>No ballot: the member was absent.</summary>
    public static ElectionBallot Absent => new(null, BallotMark.Absent);
}
