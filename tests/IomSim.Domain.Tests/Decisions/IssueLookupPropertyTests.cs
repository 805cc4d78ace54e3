using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using IomSim.Domain.Decisions;

namespace IomSim.Domain.Tests.Decisions;

/// <summary>
/// The allocation-free look-ups of a member's habit and ideal point on an item's issues (asked for every member on every
/// item) give exactly what the general ones give, for any issues and any rows, repeats and unknown codes included.
/// </summary>
public sealed class IssueLookupPropertyTests
{
    private static readonly string[] s_codes = ["me", "nu", "di", "hr", "co", "ec", "xx"];
    private static readonly Gen<double> s_unit = Gen.Choose(0, 1000).Select(i => i / 1000.0);

    private static readonly Gen<ImmutableArray<string>> s_issues =
        Gen.ListOf(Gen.Elements(s_codes)).Select(list => list.Take(4).ToImmutableArray());

    private static readonly Gen<VoteHabit> s_habits =
        from notVoting in s_unit
        from abstention in s_unit
        from spread in s_unit
        select new VoteHabit(notVoting, abstention, spread - 0.5);

    private static readonly Gen<IdealCoordinates> s_points =
        from x in s_unit
        from y in s_unit
        select new IdealCoordinates((x * 6) - 3, (y * 6) - 3);

    [Fact]
    public void A_habit_found_without_allocating_is_the_habit_the_general_look_up_finds()
    {
        var cases = (from overall in s_habits
                     from rows in Gen.ListOf(from code in Gen.Elements(s_codes[..6]) from habit in s_habits select (code, habit))
                     from issues in s_issues
                     select (overall, rows, issues)).ToArbitrary();
        Prop.ForAll(cases, c =>
        {
            var byIssue = c.rows.DistinctBy(r => r.code).ToImmutableSortedDictionary(r => r.code, r => r.habit, StringComparer.Ordinal);
            var habits = new MemberHabits(c.overall, byIssue);
            return habits.For(c.issues) == habits.For(c.issues.AsEnumerable());
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_point_found_without_allocating_is_the_point_the_general_look_up_finds()
    {
        var cases = (from general in s_points
                     from rows in Gen.ListOf(from code in Gen.Elements("hr", "ec") from point in s_points select (code, point))
                     from issues in s_issues
                     select (general, rows, issues)).ToArbitrary();
        Prop.ForAll(cases, c =>
        {
            var byIssue = c.rows.DistinctBy(r => r.code).ToImmutableSortedDictionary(r => r.code, r => r.point, StringComparer.Ordinal);
            var points = new MemberIdealPoints(c.general, byIssue);
            return points.For(c.issues) == points.For(c.issues.AsEnumerable());
        }).QuickCheckThrowOnFailure();
    }
}
