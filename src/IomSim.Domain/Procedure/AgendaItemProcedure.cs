using System.Collections.Immutable;
using System.Runtime.InteropServices;
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
        // maps it does not need. The members' codes and blocs are laid out once per roster, as the Council lays them out
        // once per session. The event's hash is taken once for every member's random stream.
        var layout = BlocLayout.Of(roster);
        var members = layout.Members;
        var count = members.Length;
        var baseUtilities = new double[count];
        for (var i = 0; i < count; i++)
        {
            var member = roster.Members[i];
            baseUtilities[i] = model.BaseUtility(member, motion, roster.ContextFor(member.Code, blocSignal: null));
        }

        var signals = layout.Signals(baseUtilities);
        var views = roster.Ties.ByRecipient.IsEmpty ? null : Views(members.AsSpan(), baseUtilities);
        var eventHash = StableHash.Of(motion.Id);
        var decisions = new MemberDecision[count];
        for (var i = 0; i < count; i++)
        {
            var member = roster.Members[i];
            var context = roster.ContextFor(member.Code, signals[i])
                with { DonorPull = views is null ? 0.0 : DonorPull(roster.Ties, member.Code, views) };
            decisions[i] = model.Decide(member, motion, context, RandomStream.For(seed, run, StableHash.Of(member.Code.Value), eventHash));
        }

        return Conclude(motion, members, decisions, roster.NotEntitled, roster.FormalVoteRequestedBy);
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

        // Members nearly always arrive in code order, and then they are the maps' keys as they stand; otherwise they are
        // sorted once (a member listed twice is refused).
        var count = members.Length;
        var order = StateDictionary.IsAscending(members.AsSpan()) ? null : CodeOrder.Of(members.AsSpan());
        var codes = order is null ? members : [.. order.Select(i => members[i])];

        // The few members listed as insisting on a vote or as not entitled to one are marked by place, a binary search
        // each, rather than every member being looked up in both sets.
        var marks = count <= 1024 ? stackalloc byte[count] : new byte[count];
        marks.Clear();
        Mark(marks, codes, requestedBy, MarkInsists);
        Mark(marks, codes, notEntitled, MarkNotEntitled);

        // Both callers hand over an array; an array read through IReadOnlyList costs an interface call per member.
        ReadOnlySpan<MemberDecision> answers = decisions is MemberDecision[] array ? array : [.. decisions];
        var votes = new Vote[count];
        var reasons = new DecisionReason[count];
        int objecting = 0, requesting = 0;
        for (var i = 0; i < count; i++)
        {
            var decision = answers[order is null ? i : order[i]];
            var insists = (marks[i] & MarkInsists) != 0;
            // A member asking for a vote on record is listed as requesting it, not as objecting, unless its own view objects.
            if (decision.ObjectsToConsensus)
            {
                marks[i] |= MarkObjects;
                objecting++;
            }

            if (decision.RequestsFormalVote || insists)
            {
                marks[i] |= MarkRequests;
                requesting++;
            }

            votes[i] = decision.Present && (marks[i] & MarkNotEntitled) != 0 ? Vote.NotEntitled : decision.Vote;
            reasons[i] = decision.Reason;
        }

        // Both maps share the keys, already in code order.
        var voteMap = new StateDictionary<Vote>(codes, votes);
        var reasonMap = new StateDictionary<DecisionReason>(codes, reasons);
        var objectors = Marked(codes, marks, MarkObjects, objecting);
        if (requesting == 0)
        {
            return new AgendaItemResult(motion, ItemOutcome.AdoptedByConsensus, null, objectors, [], voteMap, reasonMap);
        }

        var tally = Tally.Of(votes.AsSpan());
        return new AgendaItemResult(motion, MajorityRules.OutcomeOf(tally, motion.Kind), tally, objectors, Marked(codes, marks, MarkRequests, requesting), voteMap, reasonMap);
    }

    // Bits of Conclude's marks, one byte per member in code order.
    private const byte MarkInsists = 1, MarkNotEntitled = 2, MarkObjects = 4, MarkRequests = 8;

    private static void Mark(Span<byte> marks, ImmutableArray<StateCode> codes, ImmutableHashSet<StateCode>? listed, byte mark)
    {
        if (listed is null || listed.IsEmpty)
        {
            return;
        }

        foreach (var code in listed)
        {
            var place = codes.AsSpan().BinarySearch(code);
            if (place >= 0)
            {
                marks[place] |= mark;
            }
        }
    }

    private static ImmutableArray<StateCode> Marked(ImmutableArray<StateCode> codes, ReadOnlySpan<byte> marks, byte mark, int count)
    {
        if (count == 0)
        {
            return [];
        }

        var marked = new StateCode[count];
        for (int i = 0, k = 0; k < count; i++)
        {
            if ((marks[i] & mark) != 0)
            {
                marked[k++] = codes[i];
            }
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(marked);
    }
}
