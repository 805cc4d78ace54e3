using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace IomSim.Web.Tests;

/// <summary>
/// What a teacher drives in a real (headless) Chromium: the record panel for every route, exact controls without
/// phantom changes, groups listed once, the shareable link, the report export, the funding view and a refused run.
/// Each test leaves a screenshot in <see cref="Artefacts.Folder"/>.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class TeacherBrowserTests(DashboardServer server)
{
    [ChromiumFact]
    public async Task After_a_withdrawn_request_the_record_panel_says_no_vote_was_held()
    {
        await using var browser = await BrowserSession.OpenAsync(server.Address);
        var page = browser.Page;
        await DashboardPage.ChooseAsync(page, "russia-2020");
        await page.SelectOptionAsync("#objection-item", "russia-2020/admission");
        await page.SelectOptionAsync("#objection-state", "UKR");
        await page.ClickAsync("#withdraw-objection");
        await DashboardPage.RunAsync(page, seed: 2020, runs: 1);

        var item = page.Locator("#record .record-item[data-item='russia-2020/admission']");
        Assert.Equal("formal-vote", await item.GetAttributeAsync("data-route"));
        Assert.Equal("false", await item.GetAttributeAsync("data-voted"));
        var text = await item.InnerTextAsync();
        Assert.Contains("No vote held", text, StringComparison.Ordinal);
        Assert.Contains("no formal vote in any run: no tally", text, StringComparison.Ordinal);
        Assert.DoesNotContain("38.7", text, StringComparison.Ordinal);
        Assert.DoesNotContain("40.0", text, StringComparison.Ordinal);

        // Both documented tallies are still shown, each without an error.
        var documented = item.Locator("tr[data-row=documented]");
        Assert.Equal(2, await documented.CountAsync());
        Assert.Equal(["—", "—"], await documented.Locator("td:nth-child(5)").AllInnerTextsAsync());
        await Artefacts.ScreenshotAsync(page, "record-no-vote-held");
        browser.AssertStayedLocal();
    }

    [ChromiumFact]
    public async Task The_position_control_keeps_the_exact_value_and_records_no_phantom_change()
    {
        var (_, detail) = await Api.GetAsync(server, "/api/scenarios/russia-2020");
        var ukraine = detail!["members"]!.AsArray().Single(m => (string?)m!["code"] == "UKR")!;
        var alignment = Exact((double)ukraine["alignment"]!);
        var rights = Exact((double)ukraine["rights"]!);
        Assert.True(Math.Round((double)ukraine["rights"]!, 1) != (double)ukraine["rights"]!, "Ukraine's rights should not lie on a 0.1 step, or the test proves nothing");

        await using var browser = await BrowserSession.OpenAsync(server.Address);
        var page = browser.Page;
        await DashboardPage.ChooseAsync(page, "russia-2020");
        await page.SelectOptionAsync("#position-state", "UKR");

        Assert.Equal(alignment, await page.InputValueAsync("#position-alignment-num"));
        Assert.Equal(rights, await page.InputValueAsync("#position-rights-num"));
        Assert.Equal(rights, await page.InputValueAsync("#position-rights"));

        // Untouched: no change.
        await page.ClickAsync("#add-position");
        Assert.Contains("nothing moved", await page.InnerTextAsync("#status"), StringComparison.Ordinal);
        Assert.Equal(["none: the scenario as shipped"], await DashboardPage.ChangesAsync(page));

        // Only the moved coordinate becomes a change; the other keeps its exact value on the server.
        await page.Locator("#position-alignment-num").FillAsync("0.5");
        await page.ClickAsync("#add-position");
        Assert.Equal(["UKR moves to alignment 0.5"], await DashboardPage.ChangesAsync(page));
        Assert.Equal(rights, await page.InputValueAsync("#position-rights-num"));
        await DashboardPage.RunAsync(page, seed: 2020, runs: 1);
        Assert.Equal([$"position UKR = (0.5, {rights})"], (await DashboardPage.LastRunAsync(page))["changes"]!.AsArray().Select(c => (string?)c));
        await Artefacts.ScreenshotAsync(page, "position-exact");
        browser.AssertStayedLocal();
    }

    [ChromiumFact]
    public async Task Groups_are_listed_once_each_however_often_chosen()
    {
        await using var browser = await BrowserSession.OpenAsync(server.Address);
        var page = browser.Page;
        await DashboardPage.ChooseAsync(page, "russia-2020");
        foreach (var group in new[] { "group:EU", "group:NATO", "group:EU" })
        {
            await page.SelectOptionAsync("#stance-who", group);
            await page.Locator("#stance-weight-num").FillAsync("-1");
            await page.ClickAsync("#add-stance");
        }

        Assert.Equal(["every member of NATO regards RUS at -1", "every member of EU regards RUS at -1"], await DashboardPage.ChangesAsync(page));
        await DashboardPage.RunAsync(page, seed: 2020, runs: 1);
        Assert.Equal(2, (await DashboardPage.LastRunAsync(page))["changes"]!.AsArray().Count);
        await Artefacts.ScreenshotAsync(page, "groups-once");
        browser.AssertStayedLocal();
    }

    [ChromiumFact]
    public async Task The_link_restores_the_scenario_seed_and_changes_and_runs_them()
    {
        string link;
        string tally;
        await using (var first = await BrowserSession.OpenAsync(server.Address))
        {
            var page = first.Page;
            await DashboardPage.ChooseAsync(page, "russia-2020");
            await page.SelectOptionAsync("#behaviour-who", "*");
            await page.Locator("#behaviour-attendance-num").FillAsync("0.75");
            await page.ClickAsync("#add-behaviour");
            await DashboardPage.RunAsync(page, seed: 7, runs: 1);
            link = await page.InputValueAsync("#share-link");
            tally = (await DashboardPage.LastRunAsync(page))["sessions"]!.ToJsonString();
            first.AssertStayedLocal();
        }

        Assert.Contains("scenario=russia-2020", link, StringComparison.Ordinal);
        await using var second = await BrowserSession.OpenAsync(new Uri(link));
        var restored = second.Page;
        await DashboardPage.WaitForRunAsync(restored);

        Assert.Equal("russia-2020", await restored.InputValueAsync("#scenario"));
        Assert.Equal("7", await restored.InputValueAsync("#seed"));
        Assert.Equal(["every member: attendance 0.75"], await DashboardPage.ChangesAsync(restored));
        Assert.Equal("0.75", await restored.InputValueAsync("#behaviour-attendance-num"));
        Assert.Equal(tally, (await DashboardPage.LastRunAsync(restored))["sessions"]!.ToJsonString());
        Assert.DoesNotContain("?", restored.Url, StringComparison.Ordinal);
        await Artefacts.ScreenshotAsync(restored, "link-restored");
        second.AssertStayedLocal();
    }

    [ChromiumFact]
    public async Task A_bad_link_says_what_is_wrong_and_the_page_still_works()
    {
        await using var browser = await BrowserSession.OpenAsync(new Uri(server.Address, "/?scenario=russia-2020&seed=7&changes=%5B%7B%22kind%22%3A%22relation%22%2C%22colour%22%3A%22red%22%7D%5D"));
        var page = browser.Page;

        await Assertions.Expect(page.Locator("#link-problem")).ToContainTextAsync("change 1 has an unknown field 'colour'", new() { Timeout = BrowserSession.Timeout });
        await page.Locator("#scenario option[value='funding-2021']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await DashboardPage.ChooseAsync(page, "russia-2020");
        await DashboardPage.RunAsync(page, seed: 2020, runs: 1);
        await Artefacts.ScreenshotAsync(page, "bad-link");
        browser.AssertStayedLocal();
    }

    [ChromiumFact]
    public async Task Export_saves_the_current_run_as_the_html_report()
    {
        await using var browser = await BrowserSession.OpenAsync(server.Address);
        var page = browser.Page;
        await DashboardPage.ChooseAsync(page, "russia-2020");
        await DashboardPage.RunAsync(page, seed: 2020, runs: 1);

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export"));
        Assert.Equal("russia-2020-seed2020-1runs.html", download.SuggestedFilename);
        var path = Path.Combine(Artefacts.Folder, download.SuggestedFilename);
        await download.SaveAsAsync(path);
        var html = await File.ReadAllTextAsync(path);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Russia", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("report saved as russia-2020-seed2020-1runs.html", await page.InnerTextAsync("#status"), StringComparison.Ordinal);
        browser.AssertStayedLocal();
    }

    [ChromiumFact]
    public async Task The_funding_view_shows_flows_coverage_and_the_documented_shares()
    {
        await using var browser = await BrowserSession.OpenAsync(server.Address);
        var page = browser.Page;
        await DashboardPage.ChooseAsync(page, "funding-2021");

        // The donor's factor shows the scenario's own money, 1; adding it untouched changes nothing.
        await page.SelectOptionAsync("#donor", "USA");
        Assert.Equal("1", await page.InputValueAsync("#donor-factor"));
        await page.ClickAsync("#add-donor");
        Assert.Equal(["none: the scenario as shipped"], await DashboardPage.ChangesAsync(page));
        await DashboardPage.RunAsync(page, seed: 2021, runs: 1);

        var record = await page.InnerTextAsync("#record");
        Assert.DoesNotContain("Nothing on record", record, StringComparison.Ordinal);
        var topFive = page.Locator("#record table.record-funding[data-year='2021'] tr[data-measure='top-five-share'] td:nth-child(3)");
        Assert.Equal(["80.0%", "75.0%"], await topFive.AllInnerTextsAsync());

        // Every named contributor and the others have a bar per use; the themes' coverage is drawn.
        Assert.True(await page.Locator("#funding svg.flows rect[data-donor='USA']").CountAsync() >= 1);
        Assert.True(await page.Locator("#funding svg.flows rect[data-donor='others']").CountAsync() >= 1);
        Assert.True(await page.Locator("#funding svg.coverage-chart rect.covered").CountAsync() >= 3);
        var run = await DashboardPage.LastRunAsync(page);
        var year = run["funding"]!.AsArray().Single(y => (int)y!["year"]! == 2021)!;
        Assert.Equal(year["byTheme"]!.AsArray().Count, await page.Locator("#funding svg.coverage-chart[aria-label='Coverage by theme 2021'] rect.covered").CountAsync());
        await Artefacts.ScreenshotAsync(page, "funding-view");
        browser.AssertStayedLocal();
    }

    [ChromiumFact]
    public async Task A_run_refused_by_the_queue_says_when_to_try_again()
    {
        await using var browser = await BrowserSession.OpenAsync(server.Address);
        var page = browser.Page;
        await DashboardPage.ChooseAsync(page, "russia-2020");

        // The coordinator's queue bound answers 429 with Retry-After: the page is given one as the server would send it.
        await page.RouteAsync("**/api/runs", route => route.FulfillAsync(new()
        {
            Status = 429,
            Headers = new Dictionary<string, string> { ["Retry-After"] = "12" },
            ContentType = "application/problem+json",
            Body = """{"title":"Too many requests","status":429,"detail":"queue full"}""",
        }));
        await page.ClickAsync("#run");

        await Assertions.Expect(page.Locator("#status.error")).ToContainTextAsync("try again in 12 s", new() { Timeout = BrowserSession.Timeout });
        Assert.Contains("queued", await page.InnerTextAsync("#status"), StringComparison.Ordinal);
        Assert.False(await page.Locator("#run").IsDisabledAsync());
        await Artefacts.ScreenshotAsync(page, "queue-refused");
        browser.AssertStayedLocal();
    }

    private static string Exact(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}

/// <summary>Steps of the dashboard the teacher's tests share.</summary>
internal static class DashboardPage
{
    /// <summary>Chooses the scenario and waits for its controls.</summary>
    public static async Task ChooseAsync(IPage page, string scenario)
    {
        await page.Locator($"#scenario option[value='{scenario}']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.SelectOptionAsync("#scenario", scenario);
        await Assertions.Expect(page.Locator("#scenario-title")).ToContainTextAsync(scenario.StartsWith("funding", StringComparison.Ordinal) ? "Funding" : "Russia", new() { Timeout = BrowserSession.Timeout });
    }

    /// <summary>Sets seed and runs, runs, and waits for the answer.</summary>
    public static async Task RunAsync(IPage page, ulong seed, int runs)
    {
        await page.Locator("#seed").FillAsync(seed.ToString(CultureInfo.InvariantCulture));
        await page.Locator("#runs").FillAsync(runs.ToString(CultureInfo.InvariantCulture));
        await page.EvaluateAsync("() => { document.getElementById('status').textContent = ''; }");
        await page.ClickAsync("#run");
        await WaitForRunAsync(page);
    }

    /// <summary>Waits until the status says the run is done (and fails with what it says otherwise).</summary>
    public static async Task WaitForRunAsync(IPage page)
    {
        await page.WaitForFunctionAsync(
            "() => { const text = document.getElementById('status').textContent; return text.startsWith('done:') || document.getElementById('status').className === 'error'; }",
            null,
            new() { Timeout = BrowserSession.Timeout, PollingInterval = 200 });
        var status = await page.InnerTextAsync("#status");
        Assert.True(status.StartsWith("done:", StringComparison.Ordinal), $"the run ended with '{status}'");
    }

    /// <summary>The lines of the changes list, without their remove buttons.</summary>
    public static async Task<string[]> ChangesAsync(IPage page) =>
        [.. (await page.Locator("#changes-list li").AllInnerTextsAsync()).Select(line => line.TrimEnd('×').Trim())];

    /// <summary>The last run's answer, as the page holds it.</summary>
    public static async Task<JsonNode> LastRunAsync(IPage page) =>
        JsonNode.Parse(await page.EvaluateAsync<string>("() => JSON.stringify(state.result)"))!;
}

/// <summary>Where the browser tests leave their screenshots and downloads: <c>IOMSIM_ARTEFACTS</c>, else <c>artefacts/</c> beside the test assembly.</summary>
internal static class Artefacts
{
    /// <summary>The folder (created on first use).</summary>
    public static string Folder
    {
        get
        {
            var folder = Environment.GetEnvironmentVariable("IOMSIM_ARTEFACTS") is { Length: > 0 } asked ? asked : Path.Combine(AppContext.BaseDirectory, "artefacts");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    /// <summary>A full-page screenshot at 1400×1000, named after the step.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        await page.SetViewportSizeAsync(1400, 1000);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, name + ".png"), FullPage = true });
    }
}
