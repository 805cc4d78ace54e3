using System.Collections.Immutable;

namespace IomSim.Domain.Decisions;

/// <summary>
/// What members know of a candidate besides its position, each attribute with its source and date; null where no
/// source the project holds states it (unknown, and then it weighs nothing).
/// </summary>
/// <param name="Region">The nominating state's UN regional group, e.g. <c>UN-WEOG</c>.</param>
/// <param name="DonorStanding">
/// The nominating state's voluntary contributions to IOM in the last full year before the vote, as a share of the largest
/// state donor's that year (0 to 1).
/// </param>
/// <param name="Incumbent">Whether the candidate is the serving Director General.</param>
/// <param name="ServingDeputy">Whether the candidate is a serving Deputy Director General.</param>
/// <param name="Endorsements">Public endorsements before the vote.</param>
public sealed record CandidateProfile(
    CandidateFact<string>? Region,
    CandidateFact<double>? DonorStanding,
    CandidateFact<bool>? Incumbent,
    CandidateFact<bool>? ServingDeputy,
    ImmutableArray<Endorsement> Endorsements)
{
    /// <summary>Nothing known but the position.</summary>
    public static CandidateProfile Unknown { get; } = new(null, null, null, null, []);
}
