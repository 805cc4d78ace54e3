using System.Collections.Concurrent;
using System.Globalization;
using IomSim.Cli;
using IomSim.Testing;
using Microsoft.Playwright;

namespace IomSim.Web.Tests;

/// <summary>
/// The HTML report (<c>iomsim report</c>, written by the CLI in process) in a real headless Chromium: on a 390 px phone
/// no page is wider than the screen, and the page asks for nothing off the file. Screenshots are kept as artefacts.
/// </summary>
public sealed class ReportPageTests : IDisposable
{
    private const int PhoneWidth = 390;
    private readonly string _folder = Directory.CreateTempSubdirectory("iomsim-report-page-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [ChromiumFact]
    public async Task On_a_390_px_phone_the_report_of_an_election_a_budget_and_a_counterfactual_has_no_horizontal_overflow()
    {
        foreach (var scenario in new[] { "dg-election-2018", "funding-2021", "russia-2020-no-formal-vote" })
        {
            await AssertFitsAsync(scenario);
        }
    }

    private async Task AssertFitsAsync(string scenario)
    {
        var report = Report(scenario);
        var requests = new ConcurrentQueue<string>();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium.Path, Headless = true, Timeout = BrowserSession.Timeout });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = PhoneWidth, Height = 844 }, DeviceScaleFactor = 1 });
        await context.RouteAsync("**/*", async route =>
        {
            requests.Enqueue(route.Request.Url);
            await (route.Request.Url.StartsWith("file://", StringComparison.Ordinal) ? route.ContinueAsync() : route.AbortAsync("blockedbyclient"));
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(report).AbsoluteUri);

        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        var widest = await page.EvaluateAsync<string>(
            """
            () => [...document.querySelectorAll('body *')]
              .map(e => [e.getBoundingClientRect().right, e.tagName.toLowerCase() + (e.className && e.className.baseVal === undefined ? '.' + e.className : '')])
              .sort((a, b) => b[0] - a[0]).slice(0, 3).map(x => x[1] + ' ' + Math.round(x[0])).join(', ')
            """);
        await page.ScreenshotAsync(new() { Path = Artefact($"report-{scenario}-390px.png"), FullPage = true });
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var navShownInPrint = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('nav')).display");

        Assert.True(width <= PhoneWidth, $"{scenario}: the page is {width.ToString(CultureInfo.InvariantCulture)} px wide on a {PhoneWidth} px screen; widest: {widest}");
        Assert.Equal("none", navShownInPrint);
        Assert.All(requests, url => Assert.StartsWith("file://", url, StringComparison.Ordinal));
    }

    // The report written by the CLI, as a teacher would: two runs are enough for the layout.
    private string Report(string scenario)
    {
        var path = Path.Combine(_folder, scenario + ".html");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApplication.Run(
            ["report", RepositoryRoot.Combine("scenarios", scenario + ".yaml"), "--runs", "2", "--store", Path.Combine(_folder, "results.db"), "-o", path, "--seeds", RepositoryRoot.Combine("seeds")],
            new CliConsole(output, error, ErrorIsTerminal: false));
        Assert.True(code == 0, error.ToString());
        return path;
    }

    // Screenshots go where the test's output is (bin/.../screenshots), and the path is printed for CI to keep.
    private static string Artefact(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        Console.WriteLine($"screenshot: {path}");
        return path;
    }
}
