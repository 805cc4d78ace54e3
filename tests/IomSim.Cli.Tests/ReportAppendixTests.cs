using System.Xml.Linq;
using IomSim.Reports.Sources;

namespace IomSim.Cli.Tests;

/// <summary>The report reads as a paper's appendix: references in full, no internal file names, units that fit, elections in words.</summary>
public sealed class ReportAppendixTests(ShippedReports reports) : IClassFixture<ShippedReports>
{
    private static readonly XNamespace s_html = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace s_svg = "http://www.w3.org/2000/svg";

    public static TheoryData<string> Scenarios => [.. Iomsim.ShippedScenarios().Select(Path.GetFileNameWithoutExtension).OfType<string>()];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void No_report_names_an_internal_file_and_every_note_s_works_are_listed_in_full(string name)
    {
        var page = Parse(reports.Html(name));
        var text = string.Join("\n", page.Descendants(s_html + "body").Single().DescendantNodes().OfType<XText>().Select(t => t.Value));

        Assert.False(SourceText.NamesAFile(text), $"{name}: {string.Join(" | ", text.Split('\n').Where(SourceText.NamesAFile).Take(3))}");
        var references = page.Descendants(s_html + "ul").Where(u => (string?)u.Attribute("class") == "references").SelectMany(u => u.Elements(s_html + "li")).ToArray();
        var notes = page.Descendants(s_html + "ol").Where(o => (string?)o.Attribute("class") == "sources").SelectMany(o => o.Elements(s_html + "li")).ToArray();
        if (notes.Any(n => n.Value.Contains("Geiger, Kokoeva and Zhang", StringComparison.Ordinal)))
        {
            Assert.Contains(references, r => r.Value.Contains("Geiger, Martin; Kokoeva, Nadezhda; Zhang, Yadi (2022)", StringComparison.Ordinal));
        }

        Assert.All(references, r => Assert.NotNull(r.Element(s_html + "cite")));
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void No_table_of_shares_is_headed_in_money(string name)
    {
        var page = Parse(reports.Html(name));

        Assert.DoesNotContain(page.Descendants(s_html + "caption"), c => c.Value.Contains("US$ millions", StringComparison.Ordinal) || c.Value.Contains("in millions", StringComparison.Ordinal));
        Assert.DoesNotContain(page.Descendants(s_html + "p"), p => p.Value.StartsWith("US$ millions", StringComparison.Ordinal));
        foreach (var table in page.Descendants(s_html + "table"))
        {
            var head = table.Descendants(s_html + "th").Select(h => h.Value).ToList();
            var unit = head.IndexOf("unit");
            if (unit < 0)
            {
                continue;
            }

            // Values in % are percentages, changes in points end in "pts", and nothing else is either.
            foreach (var cells in table.Descendants(s_html + "tr").Skip(1).Select(r => r.Elements(s_html + "td").Select(c => c.Value).ToArray()))
            {
                for (var i = 0; i < Math.Min(head.Count, cells.Length); i++)
                {
                    var (column, value) = (head[i], cells[i]);
                    if (column is "baseline" or "counterfactual" or "documented" or "simulated" && value != "n/a")
                    {
                        Assert.True(cells[unit] == "%" == value.EndsWith('%'), $"{name}: {column} {value} in {cells[unit]}");
                    }
                    else if (column == "change")
                    {
                        Assert.True(cells[unit] is "%" or "points" == value.EndsWith(" pts", StringComparison.Ordinal), $"{name}: change {value} in {cells[unit]}");
                    }
                }
            }
        }
    }

    [Fact]
    public void The_election_report_has_rounds_in_words_a_round_chart_and_a_hemicycle_per_round_and_no_formal_vote_share()
    {
        var html = reports.Html("dg-election-2018");
        var page = Parse(html);

        Assert.DoesNotContain("formal vote held in", html, StringComparison.Ordinal);
        Assert.DoesNotContain("formal vote was held in", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"elected:\S", html);
        Assert.Matches(@"(António Vitorino|Ken Isaacs|Laura Thompson) elected in round \d+, by (two thirds|acclamation)", html);
        var rounds = page.Descendants(s_svg + "svg").Single(s => ((string?)s.Attribute("class"))!.Split(' ').Contains("rounds"));
        Assert.Contains(rounds.Descendants(s_svg + "g"), g => (string?)g.Attribute("class") == "round");
        var hemicycles = page.Descendants(s_svg + "svg").Where(s => ((string?)s.Attribute("class"))!.Split(' ').Contains("election")).ToArray();
        Assert.NotEmpty(hemicycles);
        Assert.Contains("Round by round over 2 runs", page.Descendants(s_html + "h3").Select(h => h.Value));
    }

    [Fact]
    public void Russia_2020_names_the_objectors_the_requester_and_the_pivotal_and_key_states()
    {
        var page = Parse(reports.Html("russia-2020"));
        var states = page.Descendants(s_html + "ul").Single(u => (string?)u.Attribute("class") == "states").Value;

        Assert.Contains("asked for a formal vote: Ukraine", states, StringComparison.Ordinal);
        Assert.Contains("Objected to consensus (share of runs): ", states, StringComparison.Ordinal);
        Assert.Contains("Pivotal (share of runs", states, StringComparison.Ordinal);
        var keyStates = page.Descendants(s_html + "table").Single(t => t.Element(s_html + "caption")?.Value.StartsWith("Key states", StringComparison.Ordinal) == true);
        var rows = keyStates.Descendants(s_html + "tr").Skip(1).Select(r => r.Elements(s_html + "td").First().Value).ToArray();
        Assert.Contains("Ukraine (UKR)", rows);
        Assert.Contains("Georgia (GEO)", rows);
    }

    [Fact]
    public void The_membership_timeline_is_zoomed_to_the_scenario_s_years()
    {
        var page = Parse(reports.Html("russia-2020"));
        var timeline = page.Descendants(s_svg + "svg").Single(s => ((string?)s.Attribute("class"))!.Split(' ').Contains("timeline"));
        var years = timeline.Descendants(s_svg + "text").Where(t => (string?)t.Attribute("class") == "tick" && t.Value.Length == 4).Select(t => int.Parse(t.Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        Assert.Equal(2015, years.Min());
        Assert.Equal(2022, years.Max());
    }

    private static XDocument Parse(string html) =>
        XDocument.Parse(html["<!DOCTYPE html>\n".Length..], LoadOptions.None);
}
