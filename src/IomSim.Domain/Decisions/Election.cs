using System.Collections.Immutable;

namespace IomSim.Domain.Decisions;

/// <summary>An election of the Director General (Constitution Art. 18).</summary>
/// <param name="Id">Stable identifier; it keys the random streams.</param>
/// <param name="Candidates">The candidates, in the order they were nominated.</param>
public sealed record Election(string Id, ImmutableArray<Candidate> Candidates)
{
    /// <summary>The motion a member weighs a candidate as: an election motion at the candidate's position, about its nominator.</summary>
    public Motion MotionFor(Candidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return new Motion($"{Id}/{candidate.Name}", MotionKind.Election, candidate.Position, candidate.Nominator);
    }

    /// <summary>The key of one round's random streams.</summary>
    public string RoundId(int round) => $"{Id}/round-{round}";
}
