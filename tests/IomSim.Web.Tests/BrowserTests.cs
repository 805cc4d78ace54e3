using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace IomSim.Web.Tests;

/// <summary>The dashboard in a real (headless) Chromium: stepping through a session, changing stances, a donor's cut.</summary>
[Collection(DashboardCollection.Name)]
public sealed partial class BrowserTests(DashboardServer server)
{
    [ChromiumFact]
    public async Task Steps_through_a_session_to_the_vote_and_colours_the_seats()
    {
        await using var browser = await BrowserSession.OpenAsync(server.Address);
        var page = browser.Page;
        await RunAsync(page, "russia-2020", seed: 2020, runs: 1);

        var tally = await StepToAsync(page, "tally");
        var match = TallyText().Match(tally);
        Assert.True(match.Success, $"the tally step reads '{tally}'");
        Assert.Contains("Formal vote requested by: Ukraine", await page.InnerTextAsync("#steps"), StringComparison.Ordinal);

        // Every member has a seat, coloured by its vote once the vote is reached; the yes seats are the yes votes.
        Assert.Equal(173, await page.Locator("#seats circle.seat").CountAsync());
        Assert.Equal(int.Parse(match.Groups["yes"].Value, CultureInfo.InvariantCulture), await page.Locator("#seats circle[data-vote=yes]").CountAsync());
        Assert.Equal(int.Parse(match.Groups["no"].Value, CultureInfo.InvariantCulture), await page.Locator("#seats circle[data-vote=no]").CountAsync());
        await page.HoverAsync("#seats circle[data-state=UKR]");
        var info = await page.InnerTextAsync("#seat-info");
        Assert.Contains("Ukraine (UKR)", info, StringComparison.Ordinal);
        Assert.Contains("vote: no", info, StringComparison.Ordinal);
        Assert.Contains("weighed most:", info, StringComparison.Ordinal);

        await page.ClickAsync("#all");
        if (Environment.GetEnvironmentVariable("IOMSIM_SCREENSHOT") is { Length: > 0 } screenshot)
        {
            // For a person to look at the page: IOMSIM_SCREENSHOT=/tmp/dashboard.png dotnet test ...
            await page.SetViewportSizeAsync(1500, 1000);
            await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        }

        var steps = await page.InnerTextAsync("#steps");
        Assert.Contains("Outcome: adopted by vote", steps, StringComparison.Ordinal);
        Assert.Contains("against (", steps, StringComparison.Ordinal);
        var record = await page.InnerTextAsync("#record");
        Assert.Contains("112", record, StringComparison.Ordinal);
        Assert.Contains("116", record, StringComparison.Ordinal);
        browser.AssertStayedLocal();
    }

    [ChromiumFact]
    public async Task Changing_stances_and_running_again_shows_both_tallies()
    {
        await using var browser = await BrowserSession.OpenAsync(server.Address);
        var page = browser.Page;
        await RunAsync(page, "russia-2020", seed: 2020, runs: 1);
        var before = await StepToAsync(page, "tally");

        // Every EU and every AU member strongly opposed to the applicant.
        await page.Locator("#stance-weight").FillAsync("-1");
        foreach (var group in new[] { "group:EU", "group:AU" })
        {
            await page.SelectOptionAsync("#stance-who", group);
            await page.ClickAsync("#add-stance");
        }

        // Each group is one change, listed once (the server gives it to every member of the group).
        Assert.Equal(2, await page.Locator("#changes-list li").CountAsync());
        await RunAsync(page, scenario: null, seed: 2020, runs: 1);
        var after = await StepToAsync(page, "tally");

        Assert.NotEqual(before, after);
        var row = page.Locator("#previous-table tr[data-item='russia-2020/admission']");
        var previous = await row.Locator("td.before").InnerTextAsync();
        var current = await row.Locator("td.after").InnerTextAsync();
        Assert.NotEqual(previous, current);
        Assert.Contains("relation", await page.InnerTextAsync("#previous-table"), StringComparison.Ordinal);
        browser.AssertStayedLocal();
    }

    [ChromiumFact]
    public async Task Withdrawing_Ukraine_s_objection_leaves_no_formal_vote()
    {
        await using var browser = await BrowserSession.OpenAsync(server.Address);
        var page = browser.Page;
        await RunAsync(page, "russia-2020", seed: 2020, runs: 1);
        Assert.Contains("Formal vote requested by: Ukraine", await StepToAsync(page, "request"), StringComparison.Ordinal);
        await page.SelectOptionAsync("#objection-item", "russia-2020/admission");
        await page.SelectOptionAsync("#objection-state", "UKR");
        await page.ClickAsync("#withdraw-objection");
        await RunAsync(page, scenario: null, seed: 2020, runs: 1);
        await page.ClickAsync("#all");

        var steps = await page.InnerTextAsync("#steps");
        Assert.DoesNotContain("Formal vote requested by: Ukraine", steps, StringComparison.Ordinal);
        Assert.Contains("withdraws its request", await page.InnerTextAsync("#previous-table"), StringComparison.Ordinal);
        browser.AssertStayedLocal();
    }

    [ChromiumFact]
    public async Task Another_browser_given_the_page_s_address_finds_the_class_s_changes_and_runs()
    {
        Uri shared;
        await using (var first = await BrowserSession.OpenAsync(server.Address))
        {
            var page = first.Page;
            await page.WaitForURLAsync(new Regex("#session=[0-9a-f]{24}$"));
            await RunAsync(page, "russia-2020", seed: 2020, runs: 1);
            await page.SelectOptionAsync("#objection-item", "russia-2020/admission");
            await page.SelectOptionAsync("#objection-state", "UKR");
            await page.ClickAsync("#withdraw-objection");
            await RunAsync(page, scenario: null, seed: 2020, runs: 1);
            shared = new Uri(page.Url);
        }

        await using var second = await BrowserSession.OpenAsync(shared);
        await second.Page.WaitForSelectorAsync("#status:has-text('restored')");

        Assert.Contains("2 run(s) restored", await second.Page.InnerTextAsync("#status"), StringComparison.Ordinal);
        Assert.Contains("UKR withdraws its request for a formal vote on russia-2020/admission", await second.Page.InnerTextAsync("#changes-list"), StringComparison.Ordinal);
        second.AssertStayedLocal();
    }

    [ChromiumFact]
    public async Task A_donor_s_cut_lowers_the_coverage_on_the_page()
    {
        await using var browser = await BrowserSession.OpenAsync(server.Address);
        var page = browser.Page;
        await RunAsync(page, "funding-2021", seed: 2021, runs: 2);
        var before = await CoverageAsync(page, 2021);

        await page.SelectOptionAsync("#donor", "USA");
        await page.Locator("#donor-factor").FillAsync("0.2");
        await page.ClickAsync("#add-donor");
        await RunAsync(page, scenario: null, seed: 2021, runs: 2);
        var after = await CoverageAsync(page, 2021);

        Assert.True(after < before, $"coverage before {before}, after {after}");
        Assert.Contains("coverage 2021", await page.InnerTextAsync("#previous-table"), StringComparison.Ordinal);
        browser.AssertStayedLocal();
    }

    [ChromiumFact]
    public async Task A_refused_change_shows_the_server_s_message()
    {
        await using var browser = await BrowserSession.OpenAsync(server.Address);
        var page = browser.Page;
        await page.Locator("#scenario option[value='russia-2020']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.Locator("#runs").FillAsync("1");
        await page.Locator("#runs").EvaluateAsync("input => input.max = 100000");
        await page.Locator("#runs").FillAsync("5000");
        await page.ClickAsync("#run");

        await Assertions.Expect(page.Locator("#status.error")).ToContainTextAsync("runs: runs is 5000", new() { Timeout = BrowserSession.Timeout });
        browser.AssertStayedLocal();
    }

    // Chooses the scenario (null: keep the one chosen, and its changes), sets seed and runs, runs, and waits for the result.
    private static async Task RunAsync(IPage page, string? scenario, ulong seed, int runs)
    {
        if (scenario is not null)
        {
            await page.Locator($"#scenario option[value='{scenario}']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
            await page.SelectOptionAsync("#scenario", scenario);
            await Assertions.Expect(page.Locator("#seed")).Not.ToHaveValueAsync(string.Empty, new() { Timeout = BrowserSession.Timeout });
            await Assertions.Expect(page.Locator("#scenario-title")).ToContainTextAsync(scenario == "funding-2021" ? "Funding" : "Russia", new() { Timeout = BrowserSession.Timeout });
        }

        await BrowserSession.RunAndWaitAsync(page, seed, runs);
    }

    // Clicks "next" until the step of that kind appears; returns its text.
    private static async Task<string> StepToAsync(IPage page, string kind)
    {
        var step = page.Locator($"#steps li[data-kind={kind}]");
        for (var click = 0; click < 30 && await step.CountAsync() == 0; click++)
        {
            await page.ClickAsync("#next");
        }

        return await step.First.InnerTextAsync();
    }

    private static async Task<double> CoverageAsync(IPage page, int year) =>
        double.Parse(
            await page.Locator($"#funding .coverage[data-year='{year}']").GetAttributeAsync("data-coverage") ?? "nan",
            CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^Formal vote: (?<yes>\d+) yes, (?<no>\d+) no, \d+ abstain, \d+ absent, \d+ not entitled$")]
    private static partial Regex TallyText();
}
