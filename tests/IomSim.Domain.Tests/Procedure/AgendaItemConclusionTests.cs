using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using IomSim.Domain.Decisions;
using IomSim.Domain.Procedure;
using IomSim.Domain.World;

namespace IomSim.Domain.Tests.Procedure;

/// <summary><see cref="AgendaItemProcedure.Conclude"/> against its plain definition, over random bodies and decisions.</summary>
public sealed class AgendaItemConclusionTests
{
    private static readonly Motion s_motion = new("admit-x", MotionKind.Admission, new PolicyPosition(0, 0), StateCode.Parse("XXX"));

    private static readonly Gen<MemberDecision> s_decisions =
        from present in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        from objects in Gen.Frequency((1, Gen.Constant(true)), (6, Gen.Constant(false)))
        from requests in Gen.Frequency((1, Gen.Constant(true)), (6, Gen.Constant(false)))
        from vote in Gen.Elements(Enum.GetValues<Vote>())
        from reason in Gen.Elements(Enum.GetValues<DecisionReason>())
        select new MemberDecision(present, 0.0, objects, requests, vote, reason);

    // Members sorted or shuffled; the listed sets hold some sitting members and a state that does not sit.
    private static readonly Gen<(ImmutableArray<StateCode> Members, MemberDecision[] Decisions, ImmutableHashSet<StateCode> NotEntitled, ImmutableHashSet<StateCode>? RequestedBy)> s_items =
        from size in Gen.Choose(0, 50)
        from order in Gen.Shuffle(Enumerable.Range(0, size).ToArray())
        from sorted in Gen.Elements(true, false)
        from decisions in Gen.ArrayOf(s_decisions, size)
        from notEntitled in Gen.SubListOf(Enumerable.Range(0, size + 1).ToArray())
        from requestedBy in Gen.SubListOf(Enumerable.Range(0, size + 1).ToArray())
        from none in Gen.Elements(true, false)
        select (
            (sorted ? Enumerable.Range(0, size) : order).Select(Code).ToImmutableArray(),
            decisions,
            notEntitled.Select(Code).ToImmutableHashSet(),
            none ? null : requestedBy.Select(Code).ToImmutableHashSet());

    [Fact]
    public void Concluding_gives_what_the_plain_definition_gives_for_members_in_any_order()
    {
        Prop.ForAll(s_items.ToArbitrary(), c =>
        {
            var actual = AgendaItemProcedure.Conclude(s_motion, c.Members, c.Decisions, c.NotEntitled, c.RequestedBy);
            var expected = Reference(c.Members, c.Decisions, c.NotEntitled, c.RequestedBy ?? []);
            return actual.Outcome == expected.Outcome
                && actual.Tally == expected.Tally
                && actual.Objectors.SequenceEqual(expected.Objectors)
                && actual.RequestedVote.SequenceEqual(expected.RequestedVote)
                && actual.Votes.SequenceEqual(expected.Votes)
                && actual.Reasons.SequenceEqual(expected.Reasons)
                && actual.Votes.Keys.SequenceEqual(c.Members.Order());
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_member_listed_twice_is_refused()
    {
        var twice = ImmutableArray.Create(Code(1), Code(0), Code(1));
        var decision = new MemberDecision(true, 0.0, false, false, Vote.Yes, DecisionReason.BaselineFor);
        var error = Assert.Throws<ArgumentException>(() => AgendaItemProcedure.Conclude(s_motion, twice, [decision, decision, decision], []));
        Assert.Contains($"{Code(1)} is listed twice", error.Message, StringComparison.Ordinal);
    }

    // The conclusion as first written: each member looked up in the listed sets, in code order.
    private static (ItemOutcome Outcome, Tally? Tally, StateCode[] Objectors, StateCode[] RequestedVote, KeyValuePair<StateCode, Vote>[] Votes, KeyValuePair<StateCode, DecisionReason>[] Reasons) Reference(
        ImmutableArray<StateCode> members, MemberDecision[] decisions, ImmutableHashSet<StateCode> notEntitled, ImmutableHashSet<StateCode> requestedBy)
    {
        var inOrder = Enumerable.Range(0, members.Length).OrderBy(i => members[i]).ToArray();
        var objectors = inOrder.Where(i => decisions[i].ObjectsToConsensus).Select(i => members[i]).ToArray();
        var requested = inOrder.Where(i => decisions[i].RequestsFormalVote || requestedBy.Contains(members[i])).Select(i => members[i]).ToArray();
        var votes = inOrder.Select(i => KeyValuePair.Create(members[i], decisions[i].Present && notEntitled.Contains(members[i]) ? Vote.NotEntitled : decisions[i].Vote)).ToArray();
        var reasons = inOrder.Select(i => KeyValuePair.Create(members[i], decisions[i].Reason)).ToArray();
        if (requested.Length == 0)
        {
            return (ItemOutcome.AdoptedByConsensus, null, objectors, [], votes, reasons);
        }

        var tally = Tally.Of(votes.Select(v => v.Value));
        return (MajorityRules.OutcomeOf(tally, s_motion.Kind), tally, objectors, requested, votes, reasons);
    }

    private static StateCode Code(int i) => StateCode.Parse($"{(char)('A' + (i / 26))}{(char)('A' + (i % 26))}C");
}
