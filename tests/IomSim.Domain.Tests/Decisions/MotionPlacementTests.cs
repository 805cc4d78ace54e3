using IomSim.Domain.Decisions;

namespace IomSim.Domain.Tests.Decisions;

/// <summary>Placing a motion from earlier roll calls: by symbol, title, issue or all, never from a later one.</summary>
public sealed class MotionPlacementTests
{
    private static readonly RollCallItem[] s_items =
    [
        Item(1, "R/67/219", 2012, ["ec"], "MIGRATION", "International migration and development : resolution / adopted by the General Assembly", 1, -1, 1),
        Item(2, "R/69/229", 2014, ["ec"], "MIGRATION", "International migration and development : resolution / adopted by the General Assembly", 3, -3, 1),
        Item(3, "R/68/100", 2013, ["hr"], "HUMAN RIGHTS", "Situation of human rights in X : resolution / adopted by the General Assembly", -2, -1, 3),
        Item(4, "R/72/1", 2017, ["hr", "me"], "International migration and development : resolution / adopted by the General Assembly", "A/72/251 22 - Globalization", 5, 0, 2),
    ];

    [Fact]
    public void By_symbol_reads_A_RES_and_R_alike_and_uses_only_earlier_roll_calls()
    {
        var placement = new MotionPlacement(s_items);
        var placed = placement.BySymbols(["A/RES/67/219"], new DateOnly(2018, 12, 19))!;
        Assert.Equal(PlacementBasis.Symbol, placed.Basis);
        Assert.Equal([1], placed.FromRollCalls);
        Assert.Equal(1.0, placed.Parameters.Discrimination.First);
        Assert.Equal(["ec"], placed.Issues);
        Assert.Null(placement.BySymbols(["R/67/219"], new DateOnly(2012, 1, 1)));
    }

    [Fact]
    public void By_issue_averages_the_parameters_of_the_issue_s_earlier_items()
    {
        var placed = new MotionPlacement(s_items).ByIssue("ec", new DateOnly(2015, 1, 1))!;
        Assert.Equal([1, 2], placed.FromRollCalls);
        Assert.Equal(2.0, placed.Parameters.Discrimination.First);
        Assert.Equal(-2.0, placed.Parameters.LowerCut);
        Assert.Equal(1.0, placed.Parameters.UpperCut);
        Assert.Contains("issue ec", placed.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void By_title_matches_the_resolution_whichever_field_holds_its_title()
    {
        var placement = new MotionPlacement(s_items);
        var later = s_items[3];
        var placed = placement.ByRecurringTitle(later.Description, later.Title, later.Date)!;
        Assert.Equal(PlacementBasis.RecurringTitle, placed.Basis);
        Assert.Equal([1, 2], placed.FromRollCalls);
        Assert.Null(placement.ByRecurringTitle("The Acting President: I now put to the vote operative paragraph 5", "NA", later.Date));
    }

    [Fact]
    public void By_issues_prefers_items_with_the_same_issue_set_and_general_takes_all_earlier()
    {
        var placement = new MotionPlacement(s_items);
        Assert.Equal([3], placement.ByIssues(["me", "hr"], new DateOnly(2015, 1, 1))!.FromRollCalls);
        Assert.Equal([4], placement.ByIssues(["me", "hr"], new DateOnly(2018, 1, 1))!.FromRollCalls);
        Assert.Equal([1, 3, 2], placement.General(new DateOnly(2015, 1, 1))!.FromRollCalls);
        Assert.Null(placement.General(new DateOnly(2000, 1, 1)));
        Assert.Equal(PlacementBasis.HandSet, MotionPlacement.HandSet(s_items[0].Parameters, [], "typed in").Basis);
    }

    private static RollCallItem Item(int rcid, string symbol, int year, string[] issues, string title, string description, double b1, double lower, double upper) =>
        new(rcid, symbol, new DateOnly(year, 12, 1), issues, title, description, new ItemParameters(new IdealCoordinates(b1, 0), lower, upper));
}
