using IomSim.Domain.World;

namespace IomSim.Domain.Decisions;

/// <summary>A candidate for Director General.</summary>
/// <param name="Name">The candidate's name, unique in the election.</param>
/// <param name="Nominator">The state that nominated the candidate: members' relations to it count.</param>
/// <param name="Position">Where the candidate stands on the policy dimensions.</param>
public sealed record Candidate(string Name, StateCode Nominator, PolicyPosition Position)
{
    /// <summary>The candidate's documented attributes (region, donor standing, incumbency, endorsements); unknown by default.</summary>
    public CandidateProfile Profile { get; init; } = CandidateProfile.Unknown;
}
