using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using IomSim.Domain.Decisions;
using IomSim.Domain.Procedure;
using IomSim.Domain.World;

namespace IomSim.Domain.Tests.Procedure;

/// <summary>Invariants of the Council procedure over random rosters, seeds and tallies.</summary>
public sealed class ProcedurePropertyTests
{
    private static readonly Gen<ImmutableArray<MemberProfile>> s_rosters =
        from size in Gen.Choose(1, 60)
        from positions in Gen.ArrayOf(Gen.Choose(-100, 100).Two(), size)
        from behaviour in Gen.ArrayOf(Gen.Choose(0, 100).Three(), size)
        select Enumerable.Range(0, size).Select(i => new MemberProfile(
            StateCode.Parse($"{(char)('A' + (i / 26))}{(char)('A' + (i % 26))}X"),
            new PolicyPosition(positions[i].Item1 / 100.0, positions[i].Item2 / 100.0),
            behaviour[i].Item1 / 100.0,
            behaviour[i].Item2 / 200.0,
            0.5 + (behaviour[i].Item3 / 200.0))).ToImmutableArray();

    private static readonly Gen<Tally> s_tallies =
        from yes in Gen.Choose(0, 120)
        from no in Gen.Choose(0, 60)
        from abstain in Gen.Choose(0, 30)
        from absent in Gen.Choose(0, 60)
        from notEntitled in Gen.Choose(0, 10)
        select new Tally(yes, no, abstain, absent, notEntitled);

    [Fact]
    public void Every_member_is_counted_once_and_the_columns_add_up_to_the_membership()
    {
        var cases = s_rosters.SelectMany(r => Gen.Choose(0, int.MaxValue).Select(seed => (Roster: r, Seed: seed))).ToArbitrary();
        Prop.ForAll(cases, c =>
        {
            var result = AgendaItemProcedure.Run(ContestedAdmission(), Insistent(c.Roster), DecisionModel.Default, (ulong)c.Seed, 0);
            var tally = result.Tally ?? Tally.Of(result.Votes.Values);
            return result.Votes.Count == c.Roster.Length
                && tally.Members == c.Roster.Length
                && tally.Yes + tally.No + tally.Abstain + tally.Absent + tally.NotEntitled == c.Roster.Length;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_motion_that_passes_keeps_passing_when_one_more_member_votes_yes()
    {
        var cases = s_tallies.SelectMany(t => Gen.Elements(MotionKind.Admission, MotionKind.Budget, MotionKind.Ordinary)
            .SelectMany(kind => Gen.Choose(0, 2).Select(from => (Tally: t, Kind: kind, From: from)))).ToArbitrary();
        Prop.ForAll(cases, c =>
        {
            if (MajorityRules.OutcomeOf(c.Tally, c.Kind) != ItemOutcome.AdoptedByVote)
            {
                return true;
            }

            var t = c.Tally;
            Tally? moved = c.From switch
            {
                0 when t.No > 0 => t with { No = t.No - 1, Yes = t.Yes + 1 },
                1 when t.Abstain > 0 => t with { Abstain = t.Abstain - 1, Yes = t.Yes + 1 },
                2 when t.Absent > 0 => t with { Absent = t.Absent - 1, Yes = t.Yes + 1 },
                _ => null,
            };
            return moved is null || MajorityRules.OutcomeOf(moved.Value, c.Kind) == ItemOutcome.AdoptedByVote;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void The_order_in_which_members_are_listed_changes_nothing()
    {
        var cases = s_rosters.SelectMany(r => Gen.Shuffle(r.ToArray()).Select(s => (Roster: r, Shuffled: s.ToImmutableArray()))).ToArbitrary();
        Prop.ForAll(cases, c =>
        {
            var blocs = c.Roster.ToImmutableDictionary(m => m.Code, m => ImmutableArray.Create(m.Position.Rights > 0 ? "north" : "south"));
            var relations = Insistent(c.Roster).RelationToSubject;
            var listed = AgendaItemProcedure.Run(ContestedAdmission(), CouncilRoster.Of(c.Roster) with { BlocsOf = blocs, RelationToSubject = relations }, DecisionModel.Default, 99, 1);
            var shuffled = AgendaItemProcedure.Run(ContestedAdmission(), CouncilRoster.Of(c.Shuffled) with { BlocsOf = blocs, RelationToSubject = relations }, DecisionModel.Default, 99, 1);
            return listed.Outcome == shuffled.Outcome && listed.Votes.SequenceEqual(shuffled.Votes) && listed.Tally == shuffled.Tally;
        }).QuickCheckThrowOnFailure();
    }

    /// <summary>An admission every member is cool towards, so that formal votes happen often.</summary>
    private static Motion ContestedAdmission() => new("contested", MotionKind.Admission, new PolicyPosition(-1, -1), StateCode.Parse("ZZZ"));

    private static CouncilRoster Insistent(ImmutableArray<MemberProfile> members) =>
        CouncilRoster.Of(members) with { RelationToSubject = members.Take(3).ToImmutableDictionary(m => m.Code, _ => -1.0) };
}
