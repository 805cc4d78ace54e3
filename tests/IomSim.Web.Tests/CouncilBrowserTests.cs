using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace IomSim.Web.Tests;

/// <summary>
/// The council picture in a real (headless) Chromium: the report's hemicycle lit step by step from the keyboard, the
/// record kept back until the vote, an election stepped through its rounds, and the projector view at 1024×768.
/// Screenshots go to <c>screenshots/</c> in the test output folder; each test prints where.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class CouncilBrowserTests(DashboardServer server, ITestOutputHelper output)
{
    private const string Grey = "rgb(119, 119, 119)";
    private const string Quiet = "rgb(208, 208, 208)";
    private const string Black = "rgb(0, 0, 0)";
    private const string Vermillion = "rgb(213, 94, 0)";

    [ChromiumFact]
    public async Task Keyboard_stepping_lights_the_seats_present_then_objected_then_asked_for_a_vote_then_voted()
    {
        await using var browser = await BrowserSession.OpenAsync(server.Address);
        var page = browser.Page;
        await page.SetViewportSizeAsync(1400, 1000);
        await RunAsync(page, "russia-2020", seed: 2020, runs: 1);
        await page.EvaluateAsync("() => document.activeElement && document.activeElement.blur()");

        await page.Keyboard.PressAsync("ArrowRight");
        var present = await SeatsAsync(page);
        Assert.Equal("present", present.Step);
        Assert.Equal(173, present.Fills.Count);
        Assert.Equal(Grey, present.Fills["UKR"]);
        Assert.All(present.Fills.Values, fill => Assert.Contains(fill, new[] { Grey, "rgb(255, 255, 255)" }));
        Assert.Equal(0, present.VisibleMarks);
        await ShotAsync(page, "council-1-present.png");

        await page.Keyboard.PressAsync("ArrowRight");
        var objected = await SeatsAsync(page);
        Assert.Equal("objected", objected.Step);
        Assert.Contains("Objected to consensus: Georgia, Ukraine", await CurrentStepAsync(page), StringComparison.Ordinal);
        Assert.Equal(Black, objected.Fills["UKR"]);
        Assert.Equal(Black, objected.Fills["GEO"]);
        Assert.Equal(Quiet, objected.Fills["FRA"]);
        Assert.Equal(2, objected.Fills.Values.Count(f => f == Black));
        Assert.Equal(2, objected.VisibleMarks);
        await ShotAsync(page, "council-2-objected.png");

        await page.Keyboard.PressAsync(" ");
        var requested = await SeatsAsync(page);
        Assert.Equal("requested", requested.Step);
        Assert.Contains("Formal vote requested by: Ukraine", await CurrentStepAsync(page), StringComparison.Ordinal);
        Assert.Equal(3, requested.VisibleMarks);

        await page.Keyboard.PressAsync("PageDown");
        var voted = await SeatsAsync(page);
        Assert.Equal("voted", voted.Step);
        Assert.StartsWith("Formal vote:", await CurrentStepAsync(page), StringComparison.Ordinal);
        Assert.Equal(Vermillion, voted.Fills["UKR"]);
        Assert.True(voted.Fills.Values.Distinct().Count() >= 3, "yes, no and abstain or absent seats differ");
        await ShotAsync(page, "council-3-voted.png");

        await page.Keyboard.PressAsync("ArrowLeft");
        Assert.Equal("requested", (await SeatsAsync(page)).Step);
        await page.Keyboard.PressAsync("PageUp");
        Assert.Equal("objected", (await SeatsAsync(page)).Step);
        browser.AssertStayedLocal();
    }

    [ChromiumFact]
    public async Task The_record_stays_hidden_until_the_vote_unless_the_teacher_opens_it()
    {
        await using var browser = await BrowserSession.OpenAsync(server.Address);
        var page = browser.Page;
        await RunAsync(page, "russia-2020", seed: 2020, runs: 1);

        Assert.False(await page.IsVisibleAsync("#record"));
        await page.ClickAsync("#record-toggle");
        Assert.True(await page.IsVisibleAsync("#record"));
        Assert.Contains("116", await page.InnerTextAsync("#record"), StringComparison.Ordinal);
        await page.ClickAsync("#record-toggle");
        Assert.False(await page.IsVisibleAsync("#record"));

        // A step short of the vote the record is still kept back; the vote opens it.
        while (await CurrentKindAsync(page) != "request")
        {
            await page.ClickAsync("#next");
        }

        Assert.False(await page.IsVisibleAsync("#record"));
        await page.ClickAsync("#next");
        Assert.Equal("tally", await CurrentKindAsync(page));
        Assert.True(await page.IsVisibleAsync("#record"));

        // A new run keeps it back again.
        await RunAsync(page, scenario: null, seed: 2020, runs: 1);
        Assert.False(await page.IsVisibleAsync("#record"));
        browser.AssertStayedLocal();
    }

    [ChromiumFact]
    public async Task An_election_is_stepped_through_its_rounds_a_hemicycle_each()
    {
        using var response = await server.Client.PostAsync(
            new Uri("/api/runs", UriKind.Relative),
            new StringContent("""{"scenario":"dg-election-2018","seed":2018,"runs":1}""", System.Text.Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var rounds = json.RootElement.GetProperty("sessions")[0].GetProperty("items")[0].GetProperty("narrative").GetProperty("ballots").EnumerateArray().ToArray();
        Assert.True(rounds.Length >= 2, $"{rounds.Length} round(s)");

        await using var browser = await BrowserSession.OpenAsync(server.Address);
        var page = browser.Page;
        await page.SetViewportSizeAsync(1400, 1000);
        await RunAsync(page, "dg-election-2018", seed: 2018, runs: 1);
        await page.ClickAsync("#next");
        Assert.Equal("present", await page.GetAttributeAsync("#seat-chart", "data-step"));
        Assert.False(await page.IsVisibleAsync("#seat-chart .outcome"));

        foreach (var round in rounds)
        {
            await page.ClickAsync("#next");
            var number = round.GetProperty("number").GetInt32();
            Assert.Equal("round", await CurrentKindAsync(page));
            Assert.Equal(number.ToString(CultureInfo.InvariantCulture), await page.GetAttributeAsync("#seat-chart", "data-round"));
            Assert.Equal("voted", await page.GetAttributeAsync("#seat-chart", "data-step"));
            foreach (var vote in round.GetProperty("votes").EnumerateObject())
            {
                Assert.Equal(vote.Value.GetInt32(), await page.Locator($"#seat-chart circle.seat[data-candidate='{vote.Name}']").CountAsync());
            }

            var outcome = round.GetProperty("outcome").GetString()!;
            Assert.Equal(outcome, await page.InnerTextAsync("#step-caption"));
            Assert.Contains(outcome[(outcome.IndexOf(':', StringComparison.Ordinal) + 2)..], await CurrentStepAsync(page), StringComparison.Ordinal);
            await ShotAsync(page, $"election-round-{number}.png");
        }

        await page.ClickAsync("#next");
        Assert.Matches("^Outcome: .+ elected$", await CurrentStepAsync(page));
        Assert.Contains(rounds.Any(r => r.GetProperty("eliminated").ValueKind == JsonValueKind.String) ? "eliminated" : "elected", await page.InnerTextAsync("#steps"), StringComparison.Ordinal);
        browser.AssertStayedLocal();
    }

    [ChromiumFact]
    public async Task At_1024_by_768_no_control_overlaps_the_seats_and_the_projector_view_fits_them_on_the_screen()
    {
        await using var browser = await BrowserSession.OpenAsync(server.Address);
        var page = browser.Page;
        await page.SetViewportSizeAsync(1024, 768);
        await RunAsync(page, "russia-2020", seed: 2020, runs: 1);
        await page.ClickAsync("#next");

        foreach (var projector in new[] { false, true })
        {
            if (projector)
            {
                await page.ClickAsync("#projector");
            }

            var layout = await page.EvaluateAsync<JsonElement>("""
                () => {
                  const box = (e) => { const r = e.getBoundingClientRect(); return { x: r.x, y: r.y, w: r.width, h: r.height }; };
                  const chart = box(document.getElementById('seat-chart'));
                  const controls = [...document.querySelectorAll('button, select, input, label, fieldset, #controls')]
                    .filter((e) => e.getClientRects().length > 0)
                    .map((e) => ({ id: e.id || e.textContent.trim().slice(0, 30), ...box(e) }));
                  const overlapping = controls.filter((c) => c.x < chart.x + chart.w && chart.x < c.x + c.w && c.y < chart.y + chart.h && chart.y < c.y + c.h);
                  return { chart, overlapping: overlapping.map((c) => c.id), controls: controls.length,
                           font: parseFloat(getComputedStyle(document.getElementById('step-caption')).fontSize),
                           scrollWidth: document.documentElement.scrollWidth,
                           wide: [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
                             .slice(0, 8).map((e) => `${e.tagName}#${e.id}.${e.className.baseVal ?? e.className}`).join(', ') };
                }
                """);
            var chart = layout.GetProperty("chart");
            output.WriteLine($"projector {projector}: chart {chart}, {layout.GetProperty("controls").GetInt32()} controls checked");
            Assert.True(layout.GetProperty("controls").GetInt32() > 5);
            Assert.Empty(layout.GetProperty("overlapping").EnumerateArray().Select(e => e.GetString()));
            Assert.True(layout.GetProperty("scrollWidth").GetDouble() <= 1024, $"no sideways scrolling: {layout.GetProperty("wide").GetString()}");
            Assert.True(chart.GetProperty("w").GetDouble() >= 400, $"the seats are {chart.GetProperty("w").GetDouble()} px wide");
            if (projector)
            {
                Assert.True(chart.GetProperty("y").GetDouble() >= 0 && chart.GetProperty("y").GetDouble() + chart.GetProperty("h").GetDouble() <= 768, $"the seats fit on the screen: {chart}");
                Assert.True(layout.GetProperty("font").GetDouble() >= 24, "large type for the back of the room");
                Assert.False(await page.IsVisibleAsync("#controls"));
            }
            else
            {
                // Without the projector view the seats come before the changes on a narrow screen.
                var controls = await page.Locator("#controls").BoundingBoxAsync();
                Assert.True(controls!.Y > chart.GetProperty("y").GetDouble());
            }

            await ShotAsync(page, projector ? "projector-1024x768.png" : "dashboard-1024x768.png");
        }

        await page.ClickAsync("#projector");
        Assert.True(await page.IsVisibleAsync("#controls"));
        browser.AssertStayedLocal();
    }

    // The chart's step, every seat's computed fill by state, and how many objector and requester marks show.
    private static async Task<(string Step, Dictionary<string, string> Fills, int VisibleMarks)> SeatsAsync(IPage page)
    {
        var seen = await page.EvaluateAsync<JsonElement>("""
            () => {
              const chart = document.getElementById('seat-chart');
              const fills = {};
              chart.querySelectorAll('circle.seat').forEach((s) => { fills[s.dataset.state] = getComputedStyle(s).fill; });
              const marks = [...chart.querySelectorAll('.mark')].filter((m) => getComputedStyle(m).display !== 'none').length;
              return { step: chart.dataset.step, fills, marks };
            }
            """);
        // Playwright marks objects with "$id" for references: not a state.
        var fills = seen.GetProperty("fills").EnumerateObject().Where(p => !p.Name.StartsWith('$')).ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
        return (seen.GetProperty("step").GetString()!, fills, seen.GetProperty("marks").GetInt32());
    }

    private static Task<string> CurrentStepAsync(IPage page) => page.InnerTextAsync("#steps li.current");

    private static async Task<string> CurrentKindAsync(IPage page) => await page.GetAttributeAsync("#steps li.current", "data-kind") ?? string.Empty;

    private async Task ShotAsync(IPage page, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        await page.ScreenshotAsync(new() { Path = path });
        output.WriteLine($"screenshot: {path}");
        Console.WriteLine($"screenshot: {path}");
    }

    // Chooses the scenario (null: keep the one chosen), sets seed and runs, runs, and waits for the result.
    private static async Task RunAsync(IPage page, string? scenario, ulong seed, int runs)
    {
        if (scenario is not null)
        {
            await page.Locator($"#scenario option[value='{scenario}']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
            await page.SelectOptionAsync("#scenario", scenario);
            var title = scenario.StartsWith("dg-election", StringComparison.Ordinal) ? "Director General" : "Russia";
            await Assertions.Expect(page.Locator("#scenario-title")).ToContainTextAsync(title, new() { Timeout = BrowserSession.Timeout });
            await Assertions.Expect(page.Locator("#seed")).Not.ToHaveValueAsync(string.Empty, new() { Timeout = BrowserSession.Timeout });
        }

        await BrowserSession.RunAndWaitAsync(page, seed, runs);
    }
}
