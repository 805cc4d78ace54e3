using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using IomSim.Domain.Decisions;
using IomSim.Domain.Procedure;
using IomSim.Domain.Randomness;
using IomSim.Domain.World;

namespace IomSim.Domain.Tests.Decisions;

/// <summary>Invariants of the four-choice decision over random members, motions, contexts and streams.</summary>
public sealed class DecisionPropertyTests
{
    private static readonly Gen<double> s_unit = Gen.Choose(0, 1000).Select(i => i / 1000.0);
    private static readonly Gen<double> s_signed = Gen.Choose(-1000, 1000).Select(i => i / 1000.0);

    private static readonly Gen<MemberProfile> s_members =
        from alignment in s_signed
        from rights in s_signed
        from insist in s_unit
        from point in s_signed.Two()
        from notVoting in s_unit
        from spread in s_signed
        from code in Gen.Choose(0, 26 * 26 - 1)
        select new MemberProfile(StateCode.Parse($"{(char)('A' + (code / 26))}{(char)('A' + (code % 26))}Q"), new PolicyPosition(alignment, rights), insist, 0.1, 1.0)
        {
            IdealPoints = new MemberIdealPoints(new IdealCoordinates(point.Item1 * 3, point.Item2 * 3), ImmutableSortedDictionary<string, IdealCoordinates>.Empty),
            Habits = MemberHabits.Average with { Overall = new VoteHabit(notVoting, 0.1, spread) },
        };

    private static readonly Gen<Motion> s_motions =
        from kind in Gen.Elements(MotionKind.Admission, MotionKind.Budget, MotionKind.Ordinary)
        from placed in Gen.Elements(true, false)
        from discrimination in s_signed.Two()
        from cut in s_signed
        from width in s_unit
        from shift in s_signed
        select new Motion($"m-{kind}", kind, new PolicyPosition(cut, -cut), StateCode.Parse("RUS"))
        {
            Item = placed ? new ItemParameters(new IdealCoordinates(discrimination.Item1 * 3, discrimination.Item2 * 3), (cut * 2) - width, (cut * 2) + width) : null,
            NotVotingShift = shift * 4,
        };

    private static readonly Gen<MotionContext> s_contexts =
        from relation in s_signed
        from hasBloc in Gen.Elements(true, false)
        from bloc in s_signed
        from donors in s_signed
        select new MotionContext(relation, hasBloc ? bloc * 5 : null, donors);

    [Fact]
    public void Every_member_present_makes_one_of_the_three_votes_and_every_absent_one_records_none()
    {
        var cases = (from member in s_members
                     from motion in s_motions
                     from context in s_contexts
                     from seed in Gen.Choose(0, int.MaxValue)
                     select (member, motion, context, seed)).ToArbitrary();
        Prop.ForAll(cases, c =>
        {
            var decision = DecisionModel.Default.Decide(c.member, c.motion, c.context, RandomStream.For((ulong)c.seed, 0, c.member.Code.Value, c.motion.Id));
            var p = DecisionModel.Default.Probabilities(c.member, c.motion, c.context);
            return (decision.Present
                    ? decision.Vote is Vote.Yes or Vote.No or Vote.Abstain
                    : decision.Vote == Vote.Absent && !decision.ObjectsToConsensus && !decision.RequestsFormalVote)
                && (!decision.RequestsFormalVote || decision.ObjectsToConsensus)
                && Math.Abs(p.Yes + p.No + p.Abstain + p.NotVoting - 1.0) < 1e-9
                && p.Of(decision.Vote) > 0;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void The_tally_of_a_formal_vote_adds_up_to_the_members()
    {
        var cases = (from size in Gen.Choose(1, 60)
                     from members in Gen.ArrayOf(s_members, size)
                     from motion in s_motions
                     from seed in Gen.Choose(0, int.MaxValue)
                     select (members, motion, seed)).ToArbitrary();
        Prop.ForAll(cases, c =>
        {
            var distinct = c.members.DistinctBy(m => m.Code).ToImmutableArray();
            var roster = CouncilRoster.Of(distinct) with { FormalVoteRequestedBy = [distinct[0].Code] };
            var result = AgendaItemProcedure.Run(c.motion, roster, DecisionModel.Default, (ulong)c.seed, 0);
            var tally = result.Tally!.Value;
            return tally.Yes + tally.No + tally.Abstain + tally.Absent + tally.NotEntitled == distinct.Length
                && result.Votes.Count == distinct.Length;
        }).QuickCheckThrowOnFailure();
    }
}
