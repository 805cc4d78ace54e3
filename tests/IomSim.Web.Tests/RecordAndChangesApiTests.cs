using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IomSim.Web.Tests;

/// <summary>
/// The record beside every outcome route, the funding record, the teacher's new changes (groups, sweep paths) and the
/// report export, against the real host.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class RecordAndChangesApiTests(DashboardServer server)
{
    private static readonly object[] s_withdrawn =
    [
        new { kind = "withdraw-request", item = "russia-2020/admission", state = "UKR" },
        new { kind = "behaviour", state = "UKR", consensusBreak = 0 },
    ];

    [Fact]
    public async Task With_no_vote_held_the_record_has_no_tally_error()
    {
        var (status, run) = await Api.RunAsync(server, new { scenario = "russia-2020", seed = 2020, runs = 1, changes = s_withdrawn });

        Assert.Equal(200, status);
        var item = Api.Item(run!, "russia-2020/admission");
        Assert.Equal(0, (double)item["formalVoteShare"]!);
        var record = item["record"]!;
        Assert.Equal("formal-vote", (string?)record["route"]);
        Assert.False((bool)record["tallyCompared"]!);
        Assert.Equal(0, (double)record["outcomeMatch"]!);
        var tallies = record["tallies"]!.AsArray();
        Assert.Equal([112, 116], tallies.Select(t => (int)t!["yes"]!));
        Assert.All(tallies, t => Assert.Null(t!["error"]));
    }

    [Fact]
    public async Task With_a_vote_held_each_documented_tally_has_its_error_as_compare_gives_it()
    {
        var (_, run) = await Api.RunAsync(server, new { scenario = "russia-2020", seed = 2020, runs = 1 });

        var item = Api.Item(run!, "russia-2020/admission");
        var record = item["record"]!;
        Assert.True((bool)record["tallyCompared"]!);
        var yes = (double)item["tally"]!["yes"]!["mean"]!;
        var no = (double)item["tally"]!["no"]!["mean"]!;
        var abstain = (double)item["tally"]!["abstain"]!["mean"]!;
        var first = record["tallies"]!.AsArray()[0]!;
        var expected = (Math.Abs(112 - yes) + Math.Abs(2 - no) + Math.Abs(2 - abstain)) / 3.0;
        Assert.Equal(expected, (double)first["error"]!, 9);
    }

    [Fact]
    public async Task A_budget_year_carries_its_documented_figures_and_flows()
    {
        var (status, run) = await Api.RunAsync(server, new { scenario = "funding-2021", seed = 2021, runs = 1 });

        Assert.Equal(200, status);
        var year = run!["funding"]!.AsArray().Single(y => (int)y!["year"]! == 2021)!;
        var documented = year["documented"]!.AsArray();
        // Both sources are kept where they disagree (the seed paper's 80%, the UN CEB data's 75%), each beside the same simulated share.
        var topFive = documented.Where(f => (string?)f!["measure"] == "top-five-share").ToArray();
        Assert.Equal([0.80, 0.75], topFive.Select(f => Math.Round((double)f!["documented"]!, 3)));
        Assert.All(topFive, f => Assert.Equal((double)year["topFiveShare"]!, (double)f!["simulated"]!, 9));
        Assert.Contains("governments and the EU", (string?)year["sharesMeasuredOver"], StringComparison.Ordinal);

        // The flows add up: each contributor's money is split into its four uses, and the named ones plus the others are all of it.
        var donors = year["topDonors"]!.AsArray();
        Assert.Equal(9, donors.Count);
        Assert.Equal("others", (string?)donors[^1]!["donor"]);
        foreach (var donor in donors)
        {
            var parts = new[] { "toProjectsUsd", "toCoreUsd", "returnedUsd", "carriedOverUsd" }.Sum(f => (double)donor![f]!);
            Assert.Equal((double)donor!["voluntaryUsd"]!, parts, 0);
        }
    }

    [Fact]
    public async Task A_group_is_one_change_and_a_later_group_wins_for_shared_members()
    {
        var changes = new object[]
        {
            new { kind = "relation", group = "EU", to = "RUS", weight = -1 },
            new { kind = "relation", group = "NATO", to = "RUS", weight = 0.5 },
        };
        var (status, run) = await Api.RunAsync(server, new { scenario = "russia-2020", seed = 2020, runs = 1, changes });

        Assert.Equal(200, status);
        var applied = run!["changes"]!.AsArray().Select(c => (string?)c).ToArray();
        Assert.Equal(2, applied.Length);
        Assert.Matches(@"^relation EU \(2\d members\)->RUS = -1$", applied[0]);
        Assert.Matches(@"^relation NATO \(\d+ members\)->RUS = 0\.5$", applied[1]);
    }

    [Fact]
    public async Task A_setting_uses_the_sweep_paths_and_keeps_the_exact_value()
    {
        var changes = new object[]
        {
            new { kind = "setting", path = "behaviour.*.attendance", value = 0.6 },
            new { kind = "setting", path = "parameters.noise", value = 0.0548 },
            new { kind = "position", state = "UKR", alignment = 0.0548 },
        };
        var (_, russia) = await Api.GetAsync(server, "/api/scenarios/russia-2020");
        var rights = (double)russia!["members"]!.AsArray().Single(m => (string?)m!["code"] == "UKR")!["rights"]!;
        var (status, run) = await Api.RunAsync(server, new { scenario = "russia-2020", seed = 2020, runs = 1, changes });

        Assert.Equal(200, status);
        Assert.Equal(
            ["behaviour.*.attendance = 0.6", "parameters.noise = 0.0548", $"position UKR = (0.0548, {rights.ToString("R", CultureInfo.InvariantCulture)})"],
            run!["changes"]!.AsArray().Select(c => (string?)c));
        var ukraine = Api.Item(run, "russia-2020/admission")["narrative"]!["seats"]!.AsArray().Single(s => (string?)s!["code"] == "UKR")!;
        Assert.Equal(0.0548, (double)ukraine["alignment"]!);
    }

    [Fact]
    public async Task The_scenario_offers_its_settings_and_each_member_s_attendance()
    {
        var (_, russia) = await Api.GetAsync(server, "/api/scenarios/russia-2020");

        var settings = russia!["settings"]!.AsArray().Select(s => (string)s!["path"]!).ToArray();
        Assert.Equal(["parameters.noise", "parameters.donor_influence", "behaviour.*.attendance", "behaviour.*.abstention_band"], settings);
        var noise = russia["settings"]!.AsArray().Single(s => (string?)s!["path"] == "parameters.noise")!;
        Assert.Equal(0.3, (double)noise["value"]!);
        Assert.All(russia["members"]!.AsArray(), m => Assert.InRange((double)m!["attendance"]!, 0, 1));
    }

    public static TheoryData<string, string, string> BadChanges => new()
    {
        { """{"scenario":"russia-2020","changes":[{"kind":"setting","path":"parameters.nosie","value":1}]}""", "changes[0].path", "unknown parameter 'nosie'" },
        { """{"scenario":"russia-2020","changes":[{"kind":"setting","value":1}]}""", "changes[0].path", "is missing" },
        { """{"scenario":"russia-2020","changes":[{"kind":"setting","path":"behaviour.*.attendance","value":2}]}""", "changes[0].value", "from 0 to 1" },
        { """{"scenario":"russia-2020","changes":[{"kind":"setting","path":"behaviour.XXX.attendance","value":0.5}]}""", "changes[0].path", "unknown state code 'XXX'" },
        { """{"scenario":"russia-2020","changes":[{"kind":"setting","path":"donor.USA.factor","value":0.5}]}""", "changes[0].path", "plays none" },
        { """{"scenario":"russia-2020","changes":[{"kind":"relation","group":"NO-SUCH-GROUP","to":"RUS","weight":-1}]}""", "changes[0].group", "no member of the body belongs to group" },
        { """{"scenario":"russia-2020","changes":[{"kind":"relation","group":"EU","state":"DEU","to":"RUS","weight":-1}]}""", "changes[0].group", "both a state and a group" },
    };

    [Theory]
    [MemberData(nameof(BadChanges))]
    public async Task A_bad_new_change_is_a_400_naming_its_field(string json, string field, string message)
    {
        var (status, body) = await Api.RunAsync(server, json);

        Assert.Equal(400, status);
        Assert.Equal(field, (string?)body!["field"]);
        Assert.Contains(message, (string?)body["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_report_export_is_the_html_report_of_the_same_runs()
    {
        using var content = new StringContent(
            JsonSerializer.Serialize(new { scenario = "russia-2020", seed = 2020, runs = 1, changes = s_withdrawn }, JsonSerializerOptions.Web),
            Encoding.UTF8,
            "application/json");
        using var response = await server.Client.PostAsync(new Uri("/api/report", UriKind.Relative), content);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("russia-2020-seed2020-1runs-changed.html", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("changed in the dashboard: UKR withdraws its request for a formal vote on russia-2020/admission", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_export_request_is_a_400_problem()
    {
        using var content = new StringContent("""{"scenario":"nope"}""", Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
        using var response = await server.Client.PostAsync(new Uri("/api/report", UriKind.Relative), content);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal("scenario", (string?)body["field"]);
    }
}
