using IomSim.Domain.Randomness;

namespace IomSim.Domain.Decisions;

/// <summary>
/// How a member fills in its ballot in one round of an election. Each candidate is weighed as an election motion
/// (the decision model's election baseline, less the distance to the candidate, plus the relation to the nominator),
/// plus what the member knows of the candidate, weighted by <see cref="ElectionWeights"/>: same region, the nominator's
/// standing as a donor, incumbency, serving as a Deputy Director General, the member's own public endorsement, its own
/// national; then a random term per candidate.
/// </summary>
public sealed class ElectionBallotModel(DecisionParameters parameters)
{
    /// <summary>The decision model's weights (baseline, distance, relation, noise).</summary>
    public DecisionParameters Parameters { get; } = parameters ?? throw new ArgumentNullException(nameof(parameters));

    /// <summary>The member's utility for a candidate before chance.</summary>
    public double Utility(MemberProfile member, Election election, Candidate candidate, double relationToNominator)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(election);
        ArgumentNullException.ThrowIfNull(candidate);
        var weights = election.Weights;
        var profile = candidate.Profile;
        var utility = Parameters.ElectionBaseline
            - (Parameters.DistanceWeight * member.Position.DistanceTo(candidate.Position))
            + (Parameters.RelationWeight * relationToNominator);
        if (profile.Region is { } region && election.Regions.TryGetValue(member.Code, out var own) && own == region.Value)
        {
            utility += weights.SameRegion;
        }

        utility += weights.DonorStanding * (profile.DonorStanding?.Value ?? 0);
        utility += profile.Incumbent?.Value == true ? weights.Incumbent : 0;
        utility += profile.ServingDeputy?.Value == true ? weights.ServingDeputy : 0;
        utility += profile.Endorsements.Any(e => e.States.Contains(member.Code)) ? weights.Endorsed : 0;
        utility += member.Code == candidate.Nominator ? weights.OwnCandidate : 0;
        return utility;
    }

    /// <summary>
    /// The member's ballot among the candidates still standing. With several, it votes for the best one, or casts a
    /// blank ballot if even that one falls below minus its abstention band; with one, for, against or blank as on any
    /// motion. Draws attendance first, then one number per candidate nominated, standing or not, so that dropping a
    /// candidate does not shift the others' draws.
    /// </summary>
    public ElectionBallot Ballot(
        MemberProfile member,
        Election election,
        IReadOnlyCollection<string> standing,
        Func<Candidate, double> relationToNominator,
        RandomStream random)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(election);
        ArgumentNullException.ThrowIfNull(standing);
        ArgumentNullException.ThrowIfNull(relationToNominator);
        var present = random.NextBernoulli(member.Attendance);
        var best = (Name: (string?)null, Utility: double.NegativeInfinity);
        foreach (var candidate in election.Candidates)
        {
            var chance = random.NextGaussian() * Parameters.Noise;
            if (!standing.Contains(candidate.Name))
            {
                continue;
            }

            var utility = Utility(member, election, candidate, relationToNominator(candidate)) + chance;
            if (utility > best.Utility)
            {
                best = (candidate.Name, utility);
            }
        }

        if (!present)
        {
            return ElectionBallot.Absent;
        }

        if (best.Name is null)
        {
            return ElectionBallot.Blank;
        }

        var band = member.AbstentionBand;
        if (standing.Count == 1)
        {
            return best.Utility > band ? ElectionBallot.For(best.Name)
                : best.Utility < -band ? ElectionBallot.AgainstCandidate
                : ElectionBallot.Blank;
        }

        return best.Utility >= -band ? ElectionBallot.For(best.Name) : ElectionBallot.Blank;
    }
}
