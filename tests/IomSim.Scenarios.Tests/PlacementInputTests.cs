using IomSim.Domain.Decisions;
using IomSim.Domain.World;

namespace IomSim.Scenarios.Tests;

/// <summary><c>placed_by</c> and <c>turnout</c>: read, and refused with file, line and column when wrong.</summary>
public sealed class PlacementInputTests
{
    private const string File = "scenarios/test.yaml";

    // Two roll calls: one on migration in 2012 (ec), one on human rights in 2019, after the 2018 session below.
    private static readonly World s_world = Seeded.World with
    {
        RollCalls = new RollCallCatalog(
        [
            new RollCallItem(5245, "R/67/219", new DateOnly(2012, 12, 21), ["ec"], "MIGRATION", "International migration and development", new ItemParameters(new IdealCoordinates(-1, 0), -2, -1)),
            new RollCallItem(9000, "A/RES/74/1", new DateOnly(2019, 10, 1), ["hr"], "LATER", "A later resolution", new ItemParameters(new IdealCoordinates(1, 0), -1, 1)),
        ]),
    };

    private static string Unga(string itemLines) => $"""
        id: test
        title: A test
        description: For tests.
        body: unga
        timeline:
          - session: 73rd session
            date: 2018-12-19
            items:
              - id: t/decision
                kind: decision
                title: A resolution
        {itemLines}
        """;

    [Fact]
    public void A_decision_placed_by_roll_calls_or_by_issue_reads_without_a_position()
    {
        var bySymbol = ScenarioReader.Parse(Unga("        placed_by: { roll_calls: [A/RES/67/219] }"), File, s_world).Timeline[0].Items[0];
        Assert.Equal(["A/RES/67/219"], bySymbol.PlacedBy!.RollCalls.ToArray());
        Assert.Null(bySymbol.Position);

        var byIssue = ScenarioReader.Parse(Unga("        placed_by: { issue: ec }"), File, s_world).Timeline[0].Items[0];
        Assert.Equal("ec", byIssue.PlacedBy!.Issue);
    }

    [Fact]
    public void A_documented_turnout_reads_with_its_source()
    {
        var item = ScenarioReader.Parse(Unga("        position: { alignment: 0, rights: 0 }\n        turnout: { taking_part: 169, source: GA/12113 }"), File, s_world).Timeline[0].Items[0];
        Assert.Equal(new Model.TurnoutInput(169, "GA/12113"), item.Turnout);
    }

    [Theory]
    [InlineData("        placed_by: { roll_calls: [R/99/999] }", 12, 35, "unknown roll call 'R/99/999'")]
    [InlineData("        placed_by: { roll_calls: [A/RES/74/1] }", 12, 35, "roll call A/RES/74/1 is dated 2019-10-01, not before this session on 2018-12-19")]
    [InlineData("        placed_by: { issue: xx }", 12, 29, "unknown issue 'xx'")]
    [InlineData("        placed_by: { issue: hr }", 12, 29, "no roll call on issue hr before 2018-12-19")]
    [InlineData("        placed_by: { issue: ec, roll_calls: [R/67/219] }", 12, 20, "placed_by needs exactly one of roll_calls and issue")]
    [InlineData("        placed_by: { roll_calls: [] }", 12, 34, "roll_calls is empty")]
    [InlineData("        placed_by: { by: ec }", 12, 22, "unknown key 'by' in placed_by")]
    [InlineData("        placed_by: { issue: ec }\n        position: { alignment: 0, rights: 0 }", 13, 19, "both position and placed_by")]
    [InlineData("        turnout: { taking_part: 0, source: x }\n        position: { alignment: 0, rights: 0 }", 12, 33, "taking_part")]
    [InlineData("        turnout: { taking_part: 100 }\n        position: { alignment: 0, rights: 0 }", 12, 18, "missing required field 'source' in turnout")]
    public void Bad_placements_and_turnouts_are_refused_where_they_are(string lines, int line, int column, string problem)
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioReader.Parse(Unga(lines), File, s_world));
        Assert.Equal((File, line, column), (error.File, error.Line, error.Column));
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
        Assert.Contains("(expected ", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_decision_needs_a_position_or_a_placement()
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioReader.Parse(Unga(string.Empty), File, s_world));
        Assert.Contains("missing required field 'position'", error.Problem, StringComparison.Ordinal);
        Assert.Contains("placed_by", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Placement_by_data_is_for_the_general_assembly_only()
    {
        var text = ScenarioText.WithItem("      - id: t/admission\n        kind: admission\n        applicant: RUS\n        placed_by: { issue: ec }");
        var error = Assert.Throws<ScenarioException>(() => ScenarioReader.Parse(text, File, s_world));
        Assert.Contains("does not apply to an item of kind admission", error.Problem, StringComparison.Ordinal);
    }
}
