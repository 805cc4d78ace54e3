using System.Collections.Immutable;
using IomSim.Domain.Decisions;
using IomSim.Domain.Funding;
using IomSim.Domain.Randomness;
using IomSim.Domain.World;

namespace IomSim.Domain.Procedure;

/// <summary>
/// One agenda item, start to finish, as the Council handles it: every member forms a view, the blocs' views are
/// averaged, the chair proposes adoption by consensus, and if any member insists on a formal vote, the members vote
/// and the kind's majority rule decides, provided a quorum took part. The grain version runs the same steps, one
/// member grain each; this is the direct version, over plain arrays.
/// </summary>
public static class AgendaItemProcedure
{
    /// <summary>Runs the item for one seed and run.</summary>
    public static AgendaItemResult Run(Motion motion, CouncilRoster roster, DecisionModel model, ulong seed, int run)
    {
        ArgumentNullException.ThrowIfNull(motion);
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(model);

        var baseUtilities = roster.Members.ToDictionary(
            m => m.Code,
            m => model.BaseUtility(m, motion, roster.ContextFor(m.Code, blocSignal: null)));
        var signals = BlocCohesion.Signals(baseUtilities, roster.BlocsOf);

        var members = new StateCode[roster.Members.Length];
        var decisions = new MemberDecision[roster.Members.Length];
        for (var i = 0; i < members.Length; i++)
        {
            var member = roster.Members[i];
            var context = roster.ContextFor(member.Code, signals.TryGetValue(member.Code, out var s) ? s : null)
                with { DonorPull = DonorPull(roster.Ties, member.Code, baseUtilities) };
            members[i] = member.Code;
            decisions[i] = model.Decide(member, motion, context, RandomStream.For(seed, run, member.Code.Value, motion.Id));
        }

        return Conclude(motion, ImmutableArray.Create(members), decisions, roster.NotEntitled, roster.FormalVoteRequestedBy);
    }

    /// <summary>
    /// The pull on <paramref name="member"/> towards the views of the donors whose projects it received: for each
    /// donor, its share of the member's money times how far the donor's base utility for the motion lies from the
    /// member's own (each clamped to ±1), so a recipient moves towards its donors whichever side they are on. A donor
    /// that is not sitting (the EU, a fund) has no view here.
    /// </summary>
    public static double DonorPull(FundingTies ties, StateCode member, IReadOnlyDictionary<StateCode, double> baseUtilities)
    {
        ArgumentNullException.ThrowIfNull(ties);
        ArgumentNullException.ThrowIfNull(baseUtilities);
        var own = baseUtilities.GetValueOrDefault(member);
        return ties.PullOn(member, donor => donor.State is { } state && baseUtilities.TryGetValue(state, out var view) ? view - own : null);
    }

    /// <summary>
    /// From every member's decision to the item's result: the consensus round, then the vote if one is asked for.
    /// <paramref name="decisions"/>[i] is <paramref name="members"/>[i]'s; lists and maps come out in code order.
    /// <paramref name="requestedBy"/> lists members that ask for a formal vote whatever their own view (a request on
    /// record, or a scenario's injected one).
    /// </summary>
    public static AgendaItemResult Conclude(
        Motion motion,
        ImmutableArray<StateCode> members,
        IReadOnlyList<MemberDecision> decisions,
        ImmutableHashSet<StateCode> notEntitled,
        ImmutableHashSet<StateCode>? requestedBy = null)
    {
        ArgumentNullException.ThrowIfNull(motion);
        ArgumentNullException.ThrowIfNull(decisions);
        ArgumentNullException.ThrowIfNull(notEntitled);
        if (members.Length != decisions.Count)
        {
            throw new ArgumentException($"{members.Length} members but {decisions.Count} decisions.", nameof(decisions));
        }

        requestedBy ??= [];
        var order = InCodeOrder(members);
        var codes = new StateCode[members.Length];
        var votes = new Vote[members.Length];
        var reasons = new DecisionReason[members.Length];
        var objectors = ImmutableArray.CreateBuilder<StateCode>();
        var requested = ImmutableArray.CreateBuilder<StateCode>();
        for (var i = 0; i < order.Length; i++)
        {
            var code = members[order[i]];
            var decision = decisions[order[i]];
            var insists = requestedBy.Contains(code);
            if (decision.ObjectsToConsensus || insists)
            {
                objectors.Add(code);
            }

            if (decision.RequestsFormalVote || insists)
            {
                requested.Add(code);
            }

            codes[i] = code;
            votes[i] = decision.Present && notEntitled.Contains(code) ? Vote.NotEntitled : decision.Vote;
            reasons[i] = decision.Reason;
        }

        var states = ImmutableArray.Create(codes);
        var voteMap = StateDictionary.Of(states, votes);
        var reasonMap = StateDictionary.Of(states, reasons);
        if (requested.Count == 0)
        {
            return new AgendaItemResult(motion, ItemOutcome.AdoptedByConsensus, null, objectors.DrainToImmutable(), [], voteMap, reasonMap);
        }

        var tally = Tally.Of(votes);
        return new AgendaItemResult(motion, MajorityRules.OutcomeOf(tally, motion.Kind), tally, objectors.DrainToImmutable(), requested.DrainToImmutable(), voteMap, reasonMap);
    }

    // The positions of the members in code order: the members usually arrive sorted, and then nothing is allocated
    // but the identity; otherwise they are sorted once. A member listed twice is refused.
    private static int[] InCodeOrder(ImmutableArray<StateCode> members)
    {
        var order = new int[members.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        for (var i = 1; i < members.Length; i++)
        {
            if (members[i - 1].CompareTo(members[i]) >= 0)
            {
                var keys = members.ToArray();
                Array.Sort(keys, order);
                for (var k = 1; k < keys.Length; k++)
                {
                    if (keys[k - 1] == keys[k])
                    {
                        throw new ArgumentException($"{keys[k]} is listed twice.", nameof(members));
                    }
                }

                break;
            }
        }

        return order;
    }
}
