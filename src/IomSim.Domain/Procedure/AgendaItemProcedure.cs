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

        // Plain arrays, member i at [i]: this is the baseline the grains are measured against, so it should not pay for
        // maps it does not need. The event's hash is taken once for every member's random stream.
        var count = roster.Members.Length;
        var members = new StateCode[count];
        var baseUtilities = new double[count];
        var blocs = new ImmutableArray<string>[count];
        for (var i = 0; i < count; i++)
        {
            var member = roster.Members[i];
            members[i] = member.Code;
            baseUtilities[i] = model.BaseUtility(member, motion, roster.ContextFor(member.Code, blocSignal: null));
            blocs[i] = roster.BlocsOf.GetValueOrDefault(member.Code, []);
        }

        var signals = BlocCohesion.Signals(members, baseUtilities, blocs);
        var views = roster.Ties.ByRecipient.IsEmpty ? null : Views(members, baseUtilities);
        var eventHash = StableHash.Of(motion.Id);
        var decisions = new MemberDecision[count];
        for (var i = 0; i < count; i++)
        {
            var member = roster.Members[i];
            var context = roster.ContextFor(member.Code, signals[i])
                with { DonorPull = views is null ? 0.0 : DonorPull(roster.Ties, member.Code, views) };
            decisions[i] = model.Decide(member, motion, context, RandomStream.For(seed, run, StableHash.Of(member.Code.Value), eventHash));
        }

        return Conclude(motion, ImmutableArray.Create(members), decisions, roster.NotEntitled, roster.FormalVoteRequestedBy);
    }

    /// <summary>Every member's base utility by code, for the donors' pull (only when there are funding ties).</summary>
    public static Dictionary<StateCode, double> Views(ReadOnlySpan<StateCode> members, ReadOnlySpan<double> baseUtilities)
    {
        var views = new Dictionary<StateCode, double>(members.Length);
        for (var i = 0; i < members.Length; i++)
        {
            views.Add(members[i], baseUtilities[i]);
        }

        return views;
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
        var order = CodeOrder.Of(members.AsSpan());
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
}
