namespace IomSim.Web.Tests.Sessions;

/// <summary>The classroom session through the API: changes kept, runs recorded, bad ids and changes refused; Orleans' dashboard beside.</summary>
[Collection(DashboardCollection.Name)]
public sealed class SessionApiTests(DashboardServer server)
{
    [Fact]
    public async Task A_session_keeps_the_changes_put_and_records_the_runs_made_in_it()
    {
        var id = "class-" + Guid.NewGuid().ToString("N");
        var (empty, fresh) = await Api.GetAsync(server, $"/api/sessions/{id}");
        object[] changes = [new { kind = "request-vote", item = "russia-2020/admission", state = "GEO" }];

        var (put, changed) = await Api.PutAsync(server, $"/api/sessions/{id}", new { scenario = "russia-2020", changes });
        var (ran, run) = await Api.RunAsync(server, new { scenario = "russia-2020", seed = 2020, runs = 2, changes, session = id });
        var (read, session) = await Api.GetAsync(server, $"/api/sessions/{id}");

        Assert.Equal((200, 200, 200, 200), (empty, put, ran, read));
        Assert.Equal(0, (int)fresh!["version"]!);
        Assert.Equal(1, (int)changed!["version"]!);
        Assert.Equal(2, (int)session!["version"]!);
        Assert.Equal("russia-2020", (string?)session["scenario"]);
        Assert.Equal("GEO", (string?)session["changes"]![0]!["state"]);
        var recorded = session["runs"]!.AsArray().Single()!;
        Assert.Equal((2020UL, 2, (int)run!["stored"]!), ((ulong)recorded["seed"]!, (int)recorded["runs"]!, (int)recorded["stored"]!));
        Assert.Contains(recorded["outcomes"]!.AsArray(), o => ((string?)o)!.StartsWith("russia-2020/admission: adopted-by-vote ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_bad_session_id_or_change_is_a_400_naming_the_field_and_nothing_is_written()
    {
        var id = "class-" + Guid.NewGuid().ToString("N");

        var (badId, idProblem) = await Api.GetAsync(server, "/api/sessions/no%20spaces");
        var (badChange, changeProblem) = await Api.PutAsync(server, $"/api/sessions/{id}", new { scenario = "russia-2020", changes = new[] { new { kind = "relation", state = "XXX", to = "RUS", weight = 0.5 } } });
        var (badRun, runProblem) = await Api.RunAsync(server, new { scenario = "russia-2020", runs = 1, session = "a/b" });
        var (_, session) = await Api.GetAsync(server, $"/api/sessions/{id}");

        Assert.Equal((400, 400, 400), (badId, badChange, badRun));
        Assert.Equal("session", (string?)idProblem!["field"]);
        Assert.StartsWith("changes", (string?)changeProblem!["field"], StringComparison.Ordinal);
        Assert.Equal("session", (string?)runProblem!["field"]);
        Assert.Equal(0, (int)session!["version"]!);
    }

    [Fact]
    public async Task Orleans_dashboard_is_served_under_its_own_path_on_loopback()
    {
        using var page = await server.Client.GetAsync(new Uri("/orleans/", UriKind.Relative));

        Assert.Equal(200, (int)page.StatusCode);
        Assert.Contains("text/html", page.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.True(new DashboardSettings(["http://127.0.0.1:0"], ".", null!).ServesOrleansDashboard);
        Assert.False(new DashboardSettings(["http://0.0.0.0:5080"], ".", null!).ServesOrleansDashboard);
        Assert.True(new DashboardSettings(["http://0.0.0.0:5080"], ".", null!) { InContainer = true }.ServesOrleansDashboard);
    }
}
