using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace IomSim.Cli.Tests;

/// <summary><c>iomsim report</c>: one well-formed, self-contained HTML file per scenario, with the sections the scenario calls for.</summary>
public sealed partial class ReportCommandTests(ShippedReports reports) : IClassFixture<ShippedReports>, IDisposable
{
    private static readonly XNamespace s_html = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace s_svg = "http://www.w3.org/2000/svg";
    private readonly ResultsFolder _folder = new();

    public static TheoryData<string> Scenarios => [.. Iomsim.ShippedScenarios().Select(Path.GetFileNameWithoutExtension).OfType<string>()];

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Every_shipped_scenario_is_reported()
    {
        Assert.Equal(12, reports.Outcomes.Count);
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Each_shipped_scenario_gets_one_well_formed_file_and_says_where(string name)
    {
        var outcome = reports.Outcomes[name];

        Assert.True(outcome.ExitCode == 0, outcome.Error);
        Assert.Equal(string.Empty, outcome.Out);
        Assert.Contains($"wrote {reports.Paths[name]}", outcome.ErrorLines);
        Assert.Contains(outcome.ErrorLines, l => l.StartsWith($"stored 2 runs in {reports.Store}", StringComparison.Ordinal));
        var html = reports.Html(name);
        Assert.StartsWith("<!DOCTYPE html>\n", html, StringComparison.Ordinal);
        var page = Parse(html);
        Assert.Equal(s_html + "html", page.Root!.Name);
        Assert.Contains(name, page.Descendants(s_html + "dd").Select(d => d.Value));
        Assert.Contains("stated defaults, not calibrated", page.Descendants(s_html + "dd").Select(d => d.Value));
        Assert.NotEmpty(page.Descendants(s_svg + "svg"));
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Each_report_is_self_contained_it_fetches_nothing_and_runs_no_script(string name)
    {
        var html = reports.Html(name);

        foreach (Match link in Reference().Matches(html))
        {
            var target = link.Groups["target"].Value;
            Assert.True(target.StartsWith('#') || target.StartsWith("data:", StringComparison.Ordinal), $"{name}: {link.Value} points outside the file");
        }

        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        // Addresses appear only as text in the references, never as something to follow or fetch.
        var page = Parse(html);
        var references = page.Descendants(s_html + "ul").Where(u => (string?)u.Attribute("class") == "references").Sum(u => Regex.Count(u.Value, "https://"));
        Assert.Equal(references, Regex.Count(html, "https://"));
        var http = Regex.Matches(html, @"http://[^""\s<]*").Select(m => m.Value).Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.All(http, h => Assert.Contains(h, new[] { "http://www.w3.org/1999/xhtml", "http://www.w3.org/2000/svg" }));
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Every_chart_has_a_legend_and_a_label(string name)
    {
        var charts = Parse(reports.Html(name)).Descendants(s_svg + "svg").Where(s => !((string?)s.Attribute("class") ?? string.Empty).Contains("change", StringComparison.Ordinal)).ToArray();

        Assert.NotEmpty(charts);
        Assert.All(charts, chart =>
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)chart.Attribute("aria-label")));
            Assert.Contains(chart.Descendants(s_svg + "g"), g => (string?)g.Attribute("class") == "legend" && g.HasElements);
        });
    }

    [Fact]
    public void Russia_2020_seats_every_member_of_the_run_in_the_hemicycle_and_keeps_both_documented_tallies()
    {
        var run = Iomsim.Run("run", Iomsim.Scenario("russia-2020.yaml"), "--runs", "1", "--format", "json", "--store", reports.Store);
        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var members = json.RootElement.GetProperty("events")[0].GetProperty("states").EnumerateObject().Count();

        var page = Parse(reports.Html("russia-2020"));
        var hemicycle = page.Descendants(s_svg + "svg").First(s => ((string?)s.Attribute("class"))!.Contains("hemicycle", StringComparison.Ordinal));
        var seats = hemicycle.Descendants(s_svg + "circle").Where(c => (string?)c.Attribute("class") == "seat").ToArray();

        Assert.Equal(173, members);
        Assert.Equal(members, seats.Length);
        Assert.Contains(seats, s => s.Element(s_svg + "title")!.Value.StartsWith("Ukraine (UKR)\n", StringComparison.Ordinal) && (string?)s.Attribute("data-vote") == "no");
        Assert.All(seats, s => Assert.Contains("\nvote: ", s.Element(s_svg + "title")!.Value, StringComparison.Ordinal));

        var documented = page.Descendants(s_html + "tr")
            .Select(r => r.Elements(s_html + "td").Select(c => c.Value).ToArray())
            .Where(c => c.Length > 1 && c[0] == "documented")
            .Select(c => c[1])
            .ToArray();
        Assert.Equal(["112", "116"], documented);
        Assert.Contains(page.Descendants(s_html + "caption"), c => c.Value == "Named votes on record beside the runs");
    }

    [Fact]
    public void Funding_2021_has_flows_coverage_and_concentration_beside_the_documented_figures_for_each_budget_year()
    {
        var page = Parse(reports.Html("funding-2021"));
        var sections = page.Descendants(s_html + "section").Where(s => (string?)s.Attribute("class") == "funding").ToArray();

        Assert.Equal(["funding-2021", "funding-2022"], sections.Select(s => (string)s.Attribute("id")!));
        foreach (var section in sections)
        {
            var charts = section.Descendants(s_svg + "svg").Select(s => (string)s.Attribute("class")!).ToArray();
            Assert.Equal(2, charts.Count(c => c == "chart flow"));
            Assert.Equal(2, charts.Count(c => c == "chart coverage"));
            Assert.Contains("Herfindahl index", section.Value, StringComparison.Ordinal);
        }

        var figures = sections[0].Descendants(s_html + "table").Single(t => t.Element(s_html + "caption")?.Value == "Documented funding figures beside the simulated ones");
        var topFive = figures.Descendants(s_html + "tr").Select(r => r.Elements(s_html + "td").Select(c => c.Value).ToArray()).Where(c => c.Length > 0 && c[0] == "top-five-share").ToArray();
        Assert.Equal(["80.0%", "75.0%"], topFive.Select(c => c[3]));
        Assert.All(topFive, c => Assert.Equal("%", c[2]));
        Assert.DoesNotContain(page.Descendants(s_html + "section"), s => (string?)s.Attribute("id") == "counterfactual");
    }

    [Theory]
    [InlineData("funding-2021-largest-donor-halves", "funding 2021")]
    [InlineData("russia-2020-ukraine-in-arrears", "russia-2020/admission")]
    public void A_counterfactual_is_set_beside_its_baseline(string name, string section)
    {
        var page = Parse(reports.Html(name));
        var counterfactual = page.Descendants(s_html + "section").Single(s => (string?)s.Attribute("id") == "counterfactual");

        Assert.Contains(counterfactual.Descendants(s_html + "caption"), c => c.Value == section);
        var header = counterfactual.Descendants(s_html + "th").Select(h => h.Value).Take(4).ToArray();
        Assert.Equal(["measure", "unit", "baseline", "counterfactual"], header);
        Assert.Contains("running the baseline", reports.Outcomes[name].Error, StringComparison.Ordinal);

        // Signal or noise: the same sections paired run by run, each change with its interval, sign test and reading.
        var paired = counterfactual.Descendants(s_html + "table").Where(t => t.Element(s_html + "caption")?.Value.Contains(" — change run by run", StringComparison.Ordinal) == true).ToArray();
        Assert.NotEmpty(paired);
        Assert.All(paired, t => Assert.Contains("reading", t.Descendants(s_html + "th").Select(h => h.Value)));
        Assert.Contains(paired.SelectMany(t => t.Descendants(s_html + "td")), c => c.Value is "signal" or "noise");
    }

    [Fact]
    public void The_same_scenario_and_seed_give_the_same_bytes()
    {
        foreach (var name in new[] { "russia-2020.yaml", "funding-2021-largest-donor-halves.yaml" })
        {
            var first = _folder.Combine("first-" + name + ".html");
            var second = _folder.Combine("second-" + name + ".html");
            Assert.Equal(0, Iomsim.Run("report", Iomsim.Scenario(name), "--runs", "3", "--seed", "7", "--store", _folder.Store, "-o", first).ExitCode);
            Assert.Equal(0, Iomsim.Run("report", Iomsim.Scenario(name), "--runs", "3", "--seed", "7", "--parallel", "1", "--store", _folder.Store, "-o", second).ExitCode);

            Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        }
    }

    [Fact]
    public void A_missing_scenario_file_is_bad_input_and_writes_nothing()
    {
        var output = _folder.Combine("missing.html");

        var outcome = Iomsim.Run("report", _folder.Combine("no-such-scenario.yaml"), "--runs", "1", "--store", _folder.Store, "-o", output);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("no-such-scenario.yaml", Assert.Single(outcome.ErrorLines), StringComparison.Ordinal);
        AssertNoReportIn(_folder.Path);
    }

    [Fact]
    public void A_scenario_with_bad_yaml_is_bad_input_and_writes_nothing()
    {
        var bad = BadScenario.All.Single(b => b.Name == "malformed-yaml").WriteInto(_folder.Path);

        var outcome = Iomsim.Run("report", bad, "--runs", "1", "--store", _folder.Store, "-o", _folder.Combine("bad.html"));

        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith(bad + ":", Assert.Single(outcome.ErrorLines), StringComparison.Ordinal);
        AssertNoReportIn(_folder.Path);
    }

    [Fact]
    public void An_output_path_that_cannot_be_written_is_bad_input_found_before_any_run()
    {
        var blocker = _folder.Combine("a-file");
        File.WriteAllText(blocker, "not a folder");
        var folder = _folder.Combine("a-folder");
        Directory.CreateDirectory(folder);

        foreach (var output in new[] { Path.Combine(blocker, "report.html"), folder })
        {
            var outcome = Iomsim.Run("report", Iomsim.Scenario("russia-2020.yaml"), "--runs", "1", "--store", _folder.Store, "-o", output);

            Assert.Equal(2, outcome.ExitCode);
            var line = Assert.Single(outcome.ErrorLines);
            Assert.StartsWith($"iomsim: cannot write the report to {output}: ", line, StringComparison.Ordinal);
            Assert.False(File.Exists(_folder.Store), "the runs started although the output could not be written");
        }

        Assert.Equal("not a folder", File.ReadAllText(blocker));
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
        AssertNoReportIn(_folder.Path);
    }

    [Fact]
    public async Task Without_out_the_report_goes_to_the_scenario_id_in_the_current_folder()
    {
        // A process of its own, so that its current folder is the test's folder and not the test runner's.
        using var process = IomsimProcess.Start(["report", Iomsim.Scenario("china-2016.yaml"), "--runs", "1", "--store", _folder.Store], _folder.Path);
        var error = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var errors = await error;

        Assert.True(process.ExitCode == 0, errors);
        Assert.Equal(string.Empty, output);
        var expected = _folder.Combine("china-2016.html");
        Assert.Contains($"wrote {expected}", errors, StringComparison.Ordinal);
        Assert.Contains("<h1>China, Solomon Islands and Tuvalu admitted", File.ReadAllText(expected), StringComparison.Ordinal);
    }

    [Fact]
    public void Help_lists_report_with_its_options()
    {
        var help = Iomsim.Run("report", "--help");

        Assert.Equal(0, help.ExitCode);
        foreach (var option in new[] { "--out", "-o", "--runs", "--seed", "--seeds", "--store", "--parallel" })
        {
            Assert.Contains(option, help.Out, StringComparison.Ordinal);
        }
    }

    private static XDocument Parse(string html)
    {
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }

    private static void AssertNoReportIn(string folder)
    {
        var left = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".tmp", StringComparison.Ordinal) || f.EndsWith(".probe", StringComparison.Ordinal))
            .ToArray();
        Assert.Empty(left);
    }

    [GeneratedRegex(@"\b(?:src|href|xlink:href)\s*=\s*""(?<target>[^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex Reference();
}
