using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Playwright;

namespace IomSim.Web.Tests;

/// <summary>
/// Debian's Chromium driven by Playwright (its driver ships in the package: nothing is downloaded), headless, in a
/// fresh context whose every request is recorded; a request to any host but this machine is aborted, and
/// <see cref="AssertStayedLocal"/> fails the test for it.
/// </summary>
internal sealed class BrowserSession : IAsyncDisposable
{
    /// <summary>Generous: the machine is small and shared, and a run of many runs takes a while.</summary>
    public const float Timeout = 180_000;

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly IBrowserContext _context;
    private readonly ConcurrentQueue<string> _requests = new();

    private BrowserSession(IPlaywright playwright, IBrowser browser, IBrowserContext context, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        _context = context;
        Page = page;
    }

    /// <summary>The page.</summary>
    public IPage Page { get; }

    /// <summary>Every URL the page asked for, in order.</summary>
    public IReadOnlyCollection<string> Requests => _requests;

    /// <summary>Sets the seed and runs on <paramref name="page"/>, runs, waits for the answer and checks it is done.</summary>
    public static async Task RunAndWaitAsync(IPage page, ulong seed, int runs)
    {
        await page.Locator("#seed").FillAsync(seed.ToString(CultureInfo.InvariantCulture));
        await page.Locator("#runs").FillAsync(runs.ToString(CultureInfo.InvariantCulture));
        await page.EvaluateAsync("() => { document.getElementById('status').textContent = ''; }");
        await page.ClickAsync("#run");
        await page.WaitForFunctionAsync(
            "() => { const text = document.getElementById('status').textContent; return text !== '' && !text.startsWith('running'); }",
            null,
            new() { Timeout = Timeout, PollingInterval = 200 });
        var status = await page.InnerTextAsync("#status");
        Assert.True(status.StartsWith("done:", StringComparison.Ordinal), $"the run ended with '{status}'");
    }

    /// <summary>Starts the browser and opens <paramref name="address"/>.</summary>
    public static async Task<BrowserSession> OpenAsync(Uri address)
    {
        var executable = Chromium.Path;
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Timeout = Timeout,
            Args = ["--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-default-apps"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ServiceWorkers = ServiceWorkerPolicy.Block });
        context.SetDefaultTimeout(Timeout);
        var session = new BrowserSession(playwright, browser, context, await context.NewPageAsync());
        await context.RouteAsync("**/*", async route =>
        {
            var url = route.Request.Url;
            session._requests.Enqueue(url);
            if (IsLocal(url))
            {
                await route.ContinueAsync();
            }
            else
            {
                await route.AbortAsync("blockedbyclient");
            }
        });
        await session.Page.GotoAsync(address.ToString());
        return session;
    }

    /// <summary>Every request went to 127.0.0.1 or localhost.</summary>
    public void AssertStayedLocal()
    {
        Assert.NotEmpty(_requests);
        Assert.All(_requests, url => Assert.True(IsLocal(url), $"the page asked for {url}, off this machine"));
    }

    public async ValueTask DisposeAsync()
    {
        await _context.CloseAsync();
        await _browser.CloseAsync();
        _playwright.Dispose();
    }

    private static bool IsLocal(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host is "127.0.0.1" or "localhost";
}
