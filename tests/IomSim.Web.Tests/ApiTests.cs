namespace IomSim.Web.Tests;

/// <summary>The JSON API against the real host: listing, running, changes, and every way a request can be refused.</summary>
[Collection(DashboardCollection.Name)]
public sealed class ApiTests(DashboardServer server)
{
    [Fact]
    public async Task Lists_the_shipped_scenarios()
    {
        var (status, body) = await Api.GetAsync(server, "/api/scenarios");

        Assert.Equal(200, status);
        var ids = body!.AsArray().Select(s => (string?)s!["id"]).ToArray();
        Assert.Contains("russia-2020", ids);
        Assert.Contains("funding-2021", ids);
        var russia = body.AsArray().Single(s => (string?)s!["id"] == "russia-2020")!;
        Assert.Equal("iom-council", (string?)russia["body"]);
        Assert.Equal("russia-2020.yaml", (string?)russia["file"]);
    }

    [Fact]
    public async Task A_scenario_gives_its_items_members_and_donors()
    {
        var (status, russia) = await Api.GetAsync(server, "/api/scenarios/russia-2020");
        var (_, funding) = await Api.GetAsync(server, "/api/scenarios/funding-2021");

        Assert.Equal(200, status);
        var admission = russia!["items"]!.AsArray().First()!;
        Assert.Equal("russia-2020/admission", (string?)admission["id"]);
        Assert.Equal("RUS", (string?)admission["applicant"]);
        Assert.Equal(["UKR"], admission["formalVoteRequestedBy"]!.AsArray().Select(c => (string?)c));
        Assert.Equal(173, russia["members"]!.AsArray().Count);
        var ukraine = russia["members"]!.AsArray().Single(m => (string?)m!["code"] == "UKR")!;
        Assert.True((double)ukraine["relationToApplicant"]! < 0);
        Assert.Empty(russia["donors"]!.AsArray());
        Assert.Equal([2021, 2022], funding!["budgetYears"]!.AsArray().Select(y => (int)y!));
        Assert.Contains(funding["donors"]!.AsArray(), d => (string?)d!["id"] == "USA" && (string?)d["kind"] == "state");
        Assert.Contains(funding["donors"]!.AsArray(), d => (string?)d!["id"] == "EU" && (string?)d["kind"] == "european-union");
    }

    [Fact]
    public async Task An_unknown_scenario_is_a_404_problem()
    {
        var (status, body) = await Api.GetAsync(server, "/api/scenarios/no-such-scenario");

        Assert.Equal(404, status);
        Assert.Contains("unknown scenario 'no-such-scenario'", (string?)body!["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_tells_each_step_and_puts_the_record_beside_it()
    {
        var (status, run) = await Api.RunAsync(server, new { scenario = "russia-2020", seed = 2020, runs = 1 });

        Assert.Equal(200, status);
        Assert.Equal(1, (int)run!["stored"]!);
        var sessions = run["sessions"]!.AsArray();
        Assert.Equal(2, sessions.Count);
        var admission = Api.Item(run, "russia-2020/admission");
        var narrative = admission["narrative"]!;
        Assert.Contains(narrative["requestedVote"]!.AsArray(), s => (string?)s!["code"] == "UKR");
        Assert.Contains(narrative["objectors"]!.AsArray(), s => (string?)s!["name"] == "Ukraine");
        var tally = narrative["tally"]!;
        var seats = narrative["seats"]!.AsArray();
        Assert.Equal(173, seats.Count);
        Assert.Equal((int)tally["yes"]!, seats.Count(s => (string?)s!["vote"] == "yes"));
        Assert.Equal((int)tally["no"]!, seats.Count(s => (string?)s!["vote"] == "no"));
        var georgia = seats.Single(s => (string?)s!["code"] == "GEO")!;
        Assert.Equal("no", (string?)georgia["onRecord"]);
        Assert.False(string.IsNullOrEmpty((string?)georgia["reason"]));
        Assert.Contains("UN-Eastern-European", georgia["groups"]!.AsArray().Select(g => (string?)g));

        // Both documented tallies are kept: the sources differ (112 or 116 in favour).
        var record = admission["record"]!;
        Assert.Equal([112, 116], record["tallies"]!.AsArray().Select(t => (int)t!["yes"]!).Order());
        Assert.Contains(record["namedVotes"]!.AsArray(), n => (string?)n!["state"] == "UKR" && (string?)n["documented"] == "no");
    }

    [Fact]
    public async Task The_same_request_gives_the_same_result()
    {
        var request = new { scenario = "russia-2020", seed = 7, runs = 3, changes = new object[] { new { kind = "relation", state = "DEU", to = "RUS", weight = -1 } } };

        var (_, first) = await Api.RunAsync(server, request);
        var (_, second) = await Api.RunAsync(server, request);

        Assert.Equal(first!.ToJsonString(), second!.ToJsonString());
    }

    [Fact]
    public async Task Changing_stances_changes_the_tally_and_is_stored_apart()
    {
        var opposed = new[] { "DEU", "FRA", "ITA", "ESP", "POL", "NLD", "BEL", "SWE", "AUT", "CZE", "PRT", "GRC", "HUN", "ROU", "FIN", "DNK", "IRL", "LTU", "LVA", "EST" }
            .Select(code => (object)new { kind = "relation", state = code, to = "RUS", weight = -1.0 })
            .ToArray();

        var (_, shipped) = await Api.RunAsync(server, new { scenario = "russia-2020", seed = 2020, runs = 1 });
        var (status, changed) = await Api.RunAsync(server, new { scenario = "russia-2020", seed = 2020, runs = 1, changes = opposed });

        Assert.Equal(200, status);
        var before = Api.Item(shipped!, "russia-2020/admission")["narrative"]!["tally"]!;
        var after = Api.Item(changed!, "russia-2020/admission")["narrative"]!["tally"]!;
        Assert.True((int)after["no"]! > (int)before["no"]! + 5, $"no votes before {before["no"]}, after {after["no"]}");
        Assert.Equal(opposed.Length, changed!["changes"]!.AsArray().Count);
        Assert.NotEqual((string?)shipped!["contentHash"], (string?)changed["contentHash"]);
    }

    [Fact]
    public async Task Without_Ukraine_s_request_and_insistence_no_formal_vote_is_held()
    {
        var (status, run) = await Api.RunAsync(server, new
        {
            scenario = "russia-2020",
            seed = 2020,
            runs = 20,
            changes = new object[]
            {
                new { kind = "withdraw-request", item = "russia-2020/admission", state = "UKR" },
                new { kind = "behaviour", state = "UKR", consensusBreak = 0.0 },
                new { kind = "behaviour", state = "GEO", consensusBreak = 0.0 },
            },
        });

        Assert.Equal(200, status);
        var admission = Api.Item(run!, "russia-2020/admission");
        Assert.Equal(0.0, (double)admission["formalVoteShare"]!);
        Assert.Empty(admission["narrative"]!["requestedVote"]!.AsArray());
        Assert.Equal(1.0, (double)admission["outcomes"]!["adopted-by-consensus"]!);
    }

    [Fact]
    public async Task An_injected_request_forces_a_formal_vote()
    {
        var (status, run) = await Api.RunAsync(server, new
        {
            scenario = "china-2016",
            runs = 1,
            changes = new object[] { new { kind = "request-vote", item = "china-2016/admission-chn", state = "USA" } },
        });

        Assert.Equal(200, status);
        var admission = Api.Item(run!, "china-2016/admission-chn");
        Assert.Equal(1.0, (double)admission["formalVoteShare"]!);
        Assert.Contains(admission["narrative"]!["requestedVote"]!.AsArray(), s => (string?)s!["code"] == "USA");
    }

    [Fact]
    public async Task A_donor_s_cut_lowers_the_appeal_s_coverage()
    {
        var (_, baseline) = await Api.RunAsync(server, new { scenario = "funding-2021", runs = 2 });
        var (status, cut) = await Api.RunAsync(server, new
        {
            scenario = "funding-2021",
            runs = 2,
            changes = new object[] { new { kind = "donor-scale", donor = "USA", factor = 0.2 } },
        });

        Assert.Equal(200, status);
        var before = baseline!["funding"]!.AsArray().Single(y => (int)y!["year"]! == 2021)!;
        var after = cut!["funding"]!.AsArray().Single(y => (int)y!["year"]! == 2021)!;
        Assert.True((double)after["coverage"]!["mean"]! < (double)before["coverage"]!["mean"]!);
        Assert.True((double)after["voluntaryNewUsd"]! < (double)before["voluntaryNewUsd"]! - 400e6);
    }

    public static TheoryData<string, string, string> BadRequests => new()
    {
        { """{"scenario":"nope"}""", "scenario", "unknown scenario 'nope'" },
        { """{"scenario":"russia-2020","runs":0}""", "runs", "runs is 0 (expected a whole number from 1 to 200)" },
        { """{"scenario":"russia-2020","runs":201}""", "runs", "from 1 to 200" },
        { """{"scenario":"russia-2020","seed":-1}""", "seed", "not a valid run request at $.seed" },
        { """{"scenario":"russia-2020","changes":[{"kind":"relation","state":"XXX","to":"RUS","weight":-1}]}""", "changes[0].state", "unknown state code 'XXX'" },
        { """{"scenario":"russia-2020","changes":[{"kind":"relation","state":"UKR","to":"RUS","weight":-2}]}""", "changes[0].weight", "expected a number from -1 to 1" },
        { """{"scenario":"russia-2020","changes":[{"kind":"relation","state":"UKR","to":"UKR","weight":-1}]}""", "changes[0].to", "to itself" },
        { """{"scenario":"russia-2020","changes":[{"kind":"behaviour","state":"UKR"}]}""", "changes[0].consensusBreak", "sets nothing" },
        { """{"scenario":"russia-2020","changes":[{"kind":"behaviour","state":"UKR","attendance":1.5}]}""", "changes[0].attendance", "from 0 to 1" },
        { """{"scenario":"russia-2020","changes":[{"kind":"position","state":"UKR"}]}""", "changes[0].alignment", "sets nothing" },
        { """{"scenario":"russia-2020","changes":[{"kind":"request-vote","item":"no-such-item","state":"UKR"}]}""", "changes[0].item", "unknown item 'no-such-item'" },
        { """{"scenario":"russia-2020","changes":[{"kind":"request-vote","item":"russia-2020/acceptance","state":"UKR"}]}""", "changes[0].item", "no consensus to object to" },
        { """{"scenario":"russia-2020","changes":[{"kind":"request-vote","item":"russia-2020/admission","state":"RUS"}]}""", "changes[0].state", "does not sit in the body" },
        { """{"scenario":"russia-2020","changes":[{"kind":"withdraw-request","item":"russia-2020/admission","state":"GEO"}]}""", "changes[0].state", "no request for a formal vote" },
        { """{"scenario":"russia-2020","changes":[{"kind":"donor-scale","donor":"USA","factor":0.5}]}""", "changes[0].kind", "plays no budget year" },
        { """{"scenario":"funding-2021","changes":[{"kind":"donor-scale","donor":"NOBODY","factor":0.5}]}""", "changes[0].donor", "unknown donor 'NOBODY'" },
        { """{"scenario":"funding-2021","changes":[{"kind":"donor-scale","donor":"USA","factor":11}]}""", "changes[0].factor", "from 0 to 10" },
        { """{"scenario":"funding-2021","changes":[{"kind":"donor-scale","donor":"USA","factor":0.5,"fromYear":2022,"toYear":2021}]}""", "changes[0].toYear", "before fromYear" },
        { """{"scenario":"funding-2021","changes":[{"kind":"donor-scale","donor":"USA","factor":0.5},{"kind":"donor-scale","donor":"USA","factor":0.9}]}""", "changes[1].donor", "overlapping years" },
        { """{"scenario":"russia-2020","changes":[{"kind":"explode"}]}""", "changes[0].kind", "unknown change kind 'explode'" },
        { """{"scenario":"russia-2020","changes":[null]}""", "changes[0]", "is null" },
        { """{"scenario":"russia-2020","colour":"red"}""", "colour", "not a valid run request" },
        { """{"scenario":"russia-2020","runs":"many"}""", "runs", "not a valid run request at $.runs" },
        { """{"scenario":"russia-2020",""", "body", "not a valid run request" },
        { "not json", "body", "not a valid run request" },
        { "null", "body", "the body is null" },
        { "", "body", "not a valid run request" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task A_bad_request_is_a_400_problem_naming_the_field(string json, string field, string message)
    {
        var (status, body) = await Api.RunAsync(server, json);

        Assert.Equal(400, status);
        Assert.Equal(field, (string?)body!["field"]);
        Assert.Contains(message, (string?)body["detail"], StringComparison.Ordinal);
        Assert.Equal(400, (int)body["status"]!);
        Assert.DoesNotContain("   at ", body.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_changes_are_refused()
    {
        var changes = Enumerable.Range(0, 201).Select(_ => (object)new { kind = "behaviour", state = "UKR", attendance = 1.0 }).ToArray();

        var (status, body) = await Api.RunAsync(server, new { scenario = "russia-2020", changes });

        Assert.Equal(400, status);
        Assert.Equal("changes", (string?)body!["field"]);
        Assert.Contains("over the limit of 200", (string?)body["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_is_not_json_by_its_content_type_is_refused()
    {
        var (status, body) = await Api.RunAsync(server, """{"scenario":"russia-2020"}""", "text/plain");

        Assert.Equal(400, status);
        Assert.Contains("expected application/json", (string?)body!["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_oversize_body_is_refused_without_a_server_error()
    {
        var padding = new string(' ', 200 * 1024);
        var (status, body) = await Api.RunAsync(server, $$"""{"scenario":"russia-2020"{{padding}}}""");

        Assert.Equal(413, status);
        Assert.Contains("over the limit", (string?)body!["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_api_route_is_a_404_problem()
    {
        var (status, body) = await Api.GetAsync(server, "/api/nothing-here");

        Assert.Equal(404, status);
        Assert.Contains("no such API route", (string?)body!["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_and_its_assets_come_from_the_server_with_a_strict_policy()
    {
        using var page = await server.Client.GetAsync(new Uri("/", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();
        using var script = await server.Client.GetAsync(new Uri("/app.js", UriKind.Relative));

        Assert.Equal(200, (int)page.StatusCode);
        Assert.Contains("<script src=\"/app.js\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal(200, (int)script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType!.MediaType);
    }
}
