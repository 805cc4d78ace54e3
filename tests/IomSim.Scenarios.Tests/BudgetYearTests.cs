using IomSim.Scenarios.Model;

namespace IomSim.Scenarios.Tests;

/// <summary><c>year:</c> on budget items: the budget year each adopts, once each and in timeline order.</summary>
public sealed class BudgetYearTests
{
    private const string TwoSessions = """
        id: test
        title: A test
        description: For tests.
        body: iom-council
        timeline:
          - session: 111th Session
            date: 2020-11-24
            items:
              - { id: t/budget-2021, kind: budget, year: 2021 }
              - { id: t/vote, kind: budget }
              - { id: t/admission, kind: admission, applicant: RUS }
          - session: 112th Session
            date: 2021-11-29
            items:
              - { id: t/budget-2022, kind: budget, year: YEAR }
        """;

    [Fact]
    public void Budget_items_read_their_year_and_others_have_none()
    {
        var scenario = ScenarioReader.Parse(TwoSessions.Replace("YEAR", "2022", StringComparison.Ordinal), ScenarioText.File, Seeded.World);

        var items = scenario.Timeline.SelectMany(s => s.Items).ToArray();
        Assert.Equal(["t/budget-2021", "t/vote", "t/admission", "t/budget-2022"], items.Select(i => i.Id));
        Assert.Equal([2021, null, null, 2022], items.Select(i => i.Year));
        Assert.Equal(AgendaKind.Budget, items[1].Kind);
    }

    [Fact]
    public void The_first_and_last_years_of_the_funding_seeds_are_accepted_in_either_body()
    {
        var (first, last) = (Seeded.World.Funding.Years.Keys.First(), Seeded.World.Funding.Years.Keys.Last());
        var yaml = TwoSessions.Replace("2021 }", $"{first} }}", StringComparison.Ordinal).Replace("YEAR", $"{last}", StringComparison.Ordinal)
            .Replace("      - { id: t/admission, kind: admission, applicant: RUS }\n", string.Empty, StringComparison.Ordinal)
            .Replace("body: iom-council", "body: unga", StringComparison.Ordinal);

        var scenario = ScenarioReader.Parse(yaml, ScenarioText.File, Seeded.World);

        Assert.Equal([first, null, last], scenario.Timeline.SelectMany(s => s.Items).Select(i => i.Year));
    }

    [Theory]
    [InlineData("        kind: admission\n        applicant: RUS", "admission", "id, kind, title, applicant, position, formal_vote_requested_by, documented, turnout)")]
    [InlineData("        kind: acceptance\n        applicant: RUS", "acceptance", "id, kind, title, applicant, documented)")]
    [InlineData("        kind: decision\n        title: T\n        position: { alignment: 0, rights: 0 }", "decision",
        "id, kind, title, position, formal_vote_requested_by, documented, placed_by, turnout)")]
    [InlineData("        kind: election\n        title: DG\n        candidates: [{ name: A, nominator: USA, position: { alignment: 0, rights: 0 } }]", "election",
        "id, kind, title, candidates, documented, withdrawals, trailer_withdraws_below, lone_candidate, weights)")]
    public void Year_applies_only_to_budget_items(string kindLines, string kind, string allowed)
    {
        var yaml = ScenarioText.WithItem("      - id: t/item\n" + kindLines + "\n        year: 2021");
        var line = 11 + kindLines.Count(c => c == '\n');

        ScenarioText.Fails(yaml, line, 9, $"'year' does not apply to an item of kind {kind}", $"expected for {kind}: {allowed}");
    }

    [Theory]
    [InlineData("1950", "year 1950 is out of range")]
    [InlineData("2101", "year 2101 is out of range")]
    [InlineData("2021.0", "year '2021.0' is not a whole number")]
    [InlineData("next", "year 'next' is not a whole number")]
    [InlineData("\"2021\"", "year is the quoted text '2021'")]
    public void Years_are_whole_numbers_from_1951_to_2100(string year, string problem)
    {
        ScenarioText.Fails(ScenarioText.WithItem($"      - {{ id: t/budget, kind: budget, year: {year} }}"), 9, 45,
            problem, "a year from 1951 to 2100");
    }

    [Fact]
    public void Two_budgets_adopting_the_same_year_fail_at_the_second()
    {
        ScenarioText.Fails(
            ScenarioText.WithItem("      - { id: t/budget-a, kind: budget, year: 2021 }\n      - { id: t/budget-b, kind: budget, year: 2021 }"),
            10, 47, "budget year 2021 is already adopted by item 't/budget-a'", "each year's budget adopted once in a scenario");
        ScenarioText.Fails(TwoSessions.Replace("YEAR", "2021", StringComparison.Ordinal), 15, 50,
            "budget year 2021 is already adopted by item 't/budget-2021'");
    }

    [Fact]
    public void Budget_years_must_not_go_backwards_along_the_timeline()
    {
        ScenarioText.Fails(TwoSessions.Replace("YEAR", "2020", StringComparison.Ordinal), 15, 50,
            "budget year 2020 is before 2021, adopted earlier in the timeline by item 't/budget-2021'", "budget years in timeline order");
        ScenarioText.Fails(
            ScenarioText.WithItem("      - { id: t/budget-a, kind: budget, year: 2022 }\n      - { id: t/budget-b, kind: budget, year: 2021 }"),
            10, 47, "budget year 2021 is before 2022, adopted earlier in the timeline by item 't/budget-a'");
    }
}
