using System.Collections.Immutable;
using IomSim.Domain.Decisions;
using IomSim.Domain.Randomness;
using IomSim.Domain.World;

namespace IomSim.Domain.Procedure;

/// <summary>
/// A Director-General election run directly over arrays: each round every member entitled to vote casts a ballot
/// drawn from its keyed stream for that round, and <see cref="ElectionProcedure"/> counts it. Only registered members
/// entitled to vote (not in arrears beyond the limit) are asked. The Council grain runs the same rounds with member grains.
/// </summary>
public static class CouncilElection
{
    /// <summary>Runs the election for one seed and run.</summary>
    /// <param name="election">The election, with its rules and weights.</param>
    /// <param name="members">Who sits in the Council.</param>
    /// <param name="relation">A member's relation to a state (a nominator), −1 to +1.</param>
    /// <param name="notEntitled">Members that may not vote.</param>
    /// <param name="parameters">The decision model's weights.</param>
    /// <param name="seed">The scenario's seed.</param>
    /// <param name="run">The run index.</param>
    public static ElectionResult Run(
        Election election,
        ImmutableArray<MemberProfile> members,
        Func<StateCode, StateCode, double> relation,
        ImmutableHashSet<StateCode> notEntitled,
        DecisionParameters parameters,
        ulong seed,
        int run)
    {
        ArgumentNullException.ThrowIfNull(election);
        ArgumentNullException.ThrowIfNull(relation);
        ArgumentNullException.ThrowIfNull(notEntitled);
        var model = new ElectionBallotModel(parameters);
        var voters = members.Where(m => !notEntitled.Contains(m.Code)).ToArray();
        return ElectionProcedure.Run(
            election.Names,
            election.Rules,
            (round, standing) => voters.Select(member => model.Ballot(
                member,
                election,
                standing,
                candidate => relation(member.Code, candidate.Nominator),
                RandomStream.For(seed, run, member.Code.Value, election.RoundId(round)))));
    }
}
