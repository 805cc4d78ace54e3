using System.Text.RegularExpressions;
using IomSim.Testing;

namespace IomSim.Cli.Tests.Teaching;

/// <summary>
/// Runs every command of docs/teaching.md, as written, and checks what the guide tells students they will see.
/// The test only adds a results file of its own (and, for <c>serve</c>, a free port) and puts written files in a
/// temporary folder; a command added to the guide without an expectation here fails.
/// </summary>
public sealed partial class TeachingGuideTests : IDisposable
{
    // What the guide says each command shows, as a check on its standard output (or, for report, on the file).
    private static readonly Dictionary<string, Action<string>> s_observations = new(StringComparer.Ordinal)
    {
        ["compare scenarios/russia-2020.yaml"] = output =>
        {
            Assert.Contains("simulated: adopted-by-vote 100.0%", output, StringComparison.Ordinal);
            Assert.Matches(@"simulated\s+11[0-9]\.\d\s+[0-4]\.\d\s+[0-6]\.\d", output);
            Assert.Matches(@"Georgia \(GEO\)\s+no\s+[5-9]\d\.\d%", output);
            Assert.Matches(@"Ukraine \(UKR\)\s+no\s+9\d\.\d%", output);
        },
        ["run scenarios/russia-2020-no-formal-vote.yaml"] = output =>
        {
            Assert.Contains("objected to consensus: Georgia, Ukraine", output, StringComparison.Ordinal);
            Assert.Contains("outcome: adopted by consensus", output, StringComparison.Ordinal);
            Assert.DoesNotContain("formal vote:", output, StringComparison.Ordinal);
        },
        ["sweep scenarios/russia-2020.yaml --runs 50 --vary parameters.noise=0.2..1.0:3"] = output =>
        {
            Assert.Equal(3, Regex.Count(output, @"adopted 100\.0% \(95% CI"));
            Assert.Equal(3, Regex.Count(output, "pivotal: no state in any run"));
            Assert.Contains("parameters.noise = 0.2, 0.6, 1", output, StringComparison.Ordinal);
        },
        ["compare scenarios/china-2016.yaml"] = output =>
        {
            Assert.Equal(3, Regex.Count(output, @"simulated: adopted-by-consensus 100\.0%"));
        },
        ["run scenarios/russia-2016-with-china.yaml"] = output =>
        {
            Assert.Equal(3, Regex.Count(output, "outcome: adopted by consensus"));
            Assert.Contains("asked for a formal vote: Ukraine", output, StringComparison.Ordinal);
            Assert.Contains("formal vote: 146 yes, 3 no", output, StringComparison.Ordinal);
            Assert.Matches(@"against \(3\): [^\n]*Ukraine", output);
        },
        ["report scenarios/russia-2016-with-china.yaml --runs 20 -o russia-2016.html"] = html =>
        {
            // One Council per item (China, Solomon Islands, Tuvalu, Russia), each hovered seat named.
            Assert.Equal(4, Regex.Count(html, "class=\"chart hemicycle\""));
            Assert.Contains("class=\"chart distribution\"", html, StringComparison.Ordinal);
            Assert.Contains("Russian Federation", html, StringComparison.Ordinal);
        },
        ["run scenarios/funding-2021.yaml"] = output =>
        {
            Assert.Contains("top five: USA, EU, DEU, GBR, ITA: 74.8%", output, StringComparison.Ordinal);
            Assert.Matches(@"\n  all\s+66\s+5,472\.5\s+2,432\.8\s+44\.5%", output);
            Assert.Matches(@"China \(CHN\)\s+state\s+7\.7\s+7\.7\s+0\.399", output);
        },
        ["compare scenarios/funding-2021-largest-donor-halves.yaml --runs 20"] = output =>
        {
            Assert.Matches(@"\n    coverage\s+44\.5%\s+38\.4%\s+-6\.1 pts", output);
            Assert.Matches(@"\n    top-five-share\s+74\.8%\s+70\.4%", output);
            Assert.Matches(@"\n    cancelled-projects\s+0\.6\s+3\.6\s+\+3\.0", output);
            Assert.Matches(@"\n    overhead-income\s+169\.9\s+143\.5\s+-26\.4", output);
        },
        ["run scenarios/dg-election-2018.yaml"] = output =>
        {
            Assert.Contains("round 1: Laura Thompson 87, António Vitorino 33, Ken Isaacs 28;", output, StringComparison.Ordinal);
            Assert.Matches(@"round 3: [^\n]*; António Vitorino eliminated \(fewest votes\)\n", output);
            Assert.Contains("Laura Thompson elected with 105 of 153 votes cast (two thirds: 102)", output, StringComparison.Ordinal);
            Assert.Contains("outcome: Laura Thompson elected in round 4, by two thirds\n", output, StringComparison.Ordinal);
        },
        ["compare scenarios/dg-election-2018.yaml --runs 50"] = output =>
        {
            Assert.Contains("on record: António Vitorino elected", output, StringComparison.Ordinal);
            Assert.Contains("simulated: Laura Thompson elected 100.0%", output, StringComparison.Ordinal);
            Assert.Contains("winner as on record in 0.0% of runs", output, StringComparison.Ordinal);
            Assert.Matches(@"\n  1\s+100\.0%\s+33\.0\s+32\.1\s+91\.8", output);
            Assert.Matches(@"\n  3\s+[^\n]*eliminated", output);
        },
        ["report scenarios/dg-election-2018.yaml --runs 20 -o dg-2018.html"] = html =>
        {
            Assert.Contains("class=\"chart rounds\"", html, StringComparison.Ordinal);
            Assert.Contains("class=\"chart hemicycle election\"", html, StringComparison.Ordinal);
            Assert.Matches(@"Laura Thompson elected in round \d, by (two thirds|acclamation)", html);
        },
        ["report scenarios/funding-2021-largest-donor-halves.yaml --runs 20 -o us-halves.html"] = html =>
        {
            Assert.Contains("class=\"chart flow\"", html, StringComparison.Ordinal);
            Assert.Contains("class=\"chart coverage\"", html, StringComparison.Ordinal);
            Assert.Contains("funding-2021", html, StringComparison.Ordinal);
        },
    };

    private readonly ResultsFolder _folder = new();

    /// <summary>Every command in the guide.</summary>
    public static TheoryData<string> Commands() => [.. TeachingGuide.Commands()];

    [Fact]
    public void The_guide_has_five_exercises_and_every_command_has_an_expectation()
    {
        var commands = TeachingGuide.Commands();
        Assert.True(commands.Count >= 9, $"only {commands.Count} commands");
        Assert.All(commands, c => Assert.True(s_observations.ContainsKey(c) || c.StartsWith("serve", StringComparison.Ordinal), $"no expectation for '{c}'"));
        Assert.Equal(5, Regex.Count(File.ReadAllText(RepositoryRoot.Combine("docs", "teaching.md")), @"^## \d\. ", RegexOptions.Multiline));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Each_command_runs_and_shows_what_the_guide_says(string command)
    {
        var words = TeachingGuide.Words(command);
        if (words[0] == "serve")
        {
            await ServesTheDashboard(words);
            return;
        }

        var args = words.Select(Resolve).Concat(["--store", _folder.Store]).ToArray();
        var outcome = Iomsim.Run(args);

        Assert.True(outcome.ExitCode == 0, $"iomsim {command}: exit {outcome.ExitCode}: {outcome.Error}");
        var output = Array.IndexOf(words, "-o") is var o and >= 0 ? await File.ReadAllTextAsync(_folder.Combine(words[o + 1])) : outcome.Out;
        s_observations[command](output);
    }

    public void Dispose() => _folder.Dispose();

    // Scenario paths are relative to the repository, as the guide's reader runs them; written files go to the test's folder.
    private string Resolve(string word, int index) =>
        word.StartsWith("scenarios/", StringComparison.Ordinal) ? RepositoryRoot.Combine(word.Split('/'))
        : word.EndsWith(".html", StringComparison.Ordinal) ? _folder.Combine(word)
        : word;

    // The dashboard as the guide starts it, on a free port: it prints its address and serves the page and the scenarios.
    private async Task ServesTheDashboard(string[] words)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var shared = (Out: TextWriter.Synchronized(output), Error: TextWriter.Synchronized(error));
        using var stop = new CancellationTokenSource();
        var serving = Task.Run(() => CliApplication.Run(
            [.. words, "--urls", "http://127.0.0.1:0", "--store", _folder.Store],
            new CliConsole(shared.Out, shared.Error, ErrorIsTerminal: false),
            stop.Token));

        var address = Match.Empty;
        for (var wait = 0; wait < 600 && !(address = Address().Match(Read(shared.Out, output))).Success && !serving.IsCompleted; wait++)
        {
            await Task.Delay(500);
        }

        Assert.True(address.Success, $"no address printed; standard error: {Read(shared.Error, error)}");
        using var client = new HttpClient { Timeout = TimeSpan.FromMinutes(5) };
        var root = new Uri(address.Groups["url"].Value);
        var page = await client.GetStringAsync(root);
        var scenarios = await client.GetStringAsync(new Uri(root, "/api/scenarios"));
        await stop.CancelAsync();
        Assert.Equal(0, await serving.WaitAsync(TimeSpan.FromMinutes(5)));

        Assert.Contains("<html", page, StringComparison.OrdinalIgnoreCase);

        // The controls the guide's exercise names are on the page (the browser tests click through them).
        foreach (var control in new[] { "Stance towards the applicant", "Inject an objection", "Donor's budget", "Beside the previous run", "Next" })
        {
            Assert.Contains(control, page, StringComparison.Ordinal);
        }
        Assert.Contains("\"id\":\"russia-2020\"", scenarios, StringComparison.Ordinal);
        Assert.Contains("\"id\":\"funding-2021\"", scenarios, StringComparison.Ordinal);
    }

    private static string Read(TextWriter synchronised, StringWriter inner)
    {
        lock (synchronised)
        {
            return inner.ToString();
        }
    }

    [GeneratedRegex(@"dashboard: (?<url>http://127\.0\.0\.1:\d+)/")]
    private static partial Regex Address();
}
