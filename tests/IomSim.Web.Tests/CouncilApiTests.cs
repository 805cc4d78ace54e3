using System.Xml.Linq;

namespace IomSim.Web.Tests;

/// <summary>
/// The council picture in the API: the report's hemicycle as SVG markup, drawn from the same seats the narrative lists,
/// and an election's rounds each with its hemicycle (the issue found no seats at all for an election).
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class CouncilApiTests(DashboardServer server)
{
    private static readonly XNamespace s_svg = "http://www.w3.org/2000/svg";

    [Fact]
    public async Task A_vote_comes_with_the_report_s_hemicycle_seat_for_seat_as_the_narrative_tells_it()
    {
        var (status, body) = await Api.RunAsync(server, new { scenario = "russia-2020", seed = 2020, runs = 1 });

        Assert.Equal(200, status);
        var narrative = Api.Item(body!, "russia-2020/admission")["narrative"]!;
        var votes = narrative["seats"]!.AsArray().ToDictionary(s => (string)s!["code"]!, s => (string)s!["vote"]!, StringComparer.Ordinal);
        var objectors = narrative["objectors"]!.AsArray().Select(o => (string)o!["code"]!).Order(StringComparer.Ordinal).ToArray();
        var requesters = narrative["requestedVote"]!.AsArray().Select(o => (string)o!["code"]!).ToArray();
        var council = narrative["council"]!;
        Assert.False((bool)council["leaning"]!);
        Assert.Equal(objectors.Length, (int)council["objected"]!);
        foreach (var order in new[] { "region", "bloc" })
        {
            var chart = XElement.Parse((string)council[order]!);
            Assert.Equal(order, (string?)chart.Attribute("data-order"));
            Assert.Empty(chart.Elements(s_svg + "style"));
            var seats = chart.Descendants(s_svg + "circle").Where(c => (string?)c.Attribute("class") == "seat").ToArray();
            Assert.Equal(votes.Count, seats.Length);
            Assert.All(seats, s => Assert.Equal(votes[(string)s.Attribute("data-state")!], (string?)s.Attribute("data-vote")));
            Assert.Equal(objectors, seats.Where(s => (string?)s.Attribute("data-objected") == "true").Select(s => (string)s.Attribute("data-state")!).Order(StringComparer.Ordinal));
            Assert.Equal(requesters, seats.Where(s => (string?)s.Attribute("data-requested") == "true").Select(s => (string)s.Attribute("data-state")!));
        }

        Assert.Empty(narrative["ballots"]!.AsArray());
        Assert.Null(Api.Item(body!, "russia-2020/acceptance")["narrative"]!["council"]);
    }

    [Fact]
    public async Task An_election_comes_with_each_round_its_tally_what_followed_and_its_hemicycle()
    {
        var (status, body) = await Api.RunAsync(server, new { scenario = "dg-election-2018", seed = 2018, runs = 1 });

        Assert.Equal(200, status);
        var item = Api.Item(body!, "dg-election-2018/director-general");
        var narrative = item["narrative"]!;
        Assert.Empty(narrative["seats"]!.AsArray());
        var rounds = narrative["ballots"]!.AsArray();
        Assert.NotEmpty(rounds);
        Assert.Equal(narrative["rounds"]!.AsArray().Count, rounds.Count);
        var winner = ((string)narrative["outcome"]!)["elected:".Length..];
        Assert.Equal(winner, (string?)rounds[^1]!["elected"]);
        foreach (var round in rounds)
        {
            var chart = XElement.Parse((string)round!["chart"]!);
            var seats = chart.Descendants(s_svg + "circle").Where(c => (string?)c.Attribute("class") == "seat").ToArray();
            foreach (var vote in round["votes"]!.AsObject())
            {
                Assert.Equal((int)vote.Value!, seats.Count(s => (string?)s.Attribute("data-candidate") == vote.Key));
            }

            Assert.Equal((int)round["blank"]!, seats.Count(s => (string?)s.Attribute("data-ballot") == "blank"));
            Assert.Equal((int)round["absent"]!, seats.Count(s => (string?)s.Attribute("data-ballot") == "absent"));
            Assert.StartsWith($"Round {(int)round["number"]!}: ", (string)round["outcome"]!, StringComparison.Ordinal);
        }

        Assert.Contains(winner + " elected", (string)rounds[^1]!["outcome"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_step_rules_are_served_as_a_style_sheet_the_page_links()
    {
        using var css = await server.Client.GetAsync(new Uri("/hemicycle.css", UriKind.Relative));
        var page = await server.Client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.Equal(IomSim.Reports.Charts.HemicycleStyle.Rules, await css.Content.ReadAsStringAsync());
        Assert.Contains("href=\"/hemicycle.css\"", page, StringComparison.Ordinal);
        Assert.Contains("src=\"/council.js\"", page, StringComparison.Ordinal);
    }
}
