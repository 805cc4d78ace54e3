namespace IomSim.Domain.Decisions;

/// <summary>One member's ballot in an election round: a candidate, against (single-candidate rounds), or an abstention.</summary>
/// <param name="Candidate">The candidate chosen, or null.</param>
/// <param name="Against">True for a vote against the only candidate.</param>
public readonly record struct ElectionBallot(string? Candidate, bool Against)
{
    /// <summary>A vote for a candidate.</summary>
    public static ElectionBallot For(string candidate) => new(candidate, false);

    /// <summary>A vote against the only candidate.</summary>
    public static ElectionBallot AgainstCandidate => new(null, true);

    /// <summary>An abstention: not a vote cast.</summary>
    public static ElectionBallot Abstention => new(null, false);
}
