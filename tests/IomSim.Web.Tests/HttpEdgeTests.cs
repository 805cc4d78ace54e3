using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace IomSim.Web.Tests;

/// <summary>
/// The server's edges: headers on every answer, the Host check, duplicate JSON fields, and problem bodies for requests
/// too long to take. Each case was seen answered wrongly before (issue 20, item 9).
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class HttpEdgeTests(DashboardServer server)
{
    public static TheoryData<string, string> Answers => new()
    {
        { "GET", "/" },
        { "GET", "/app.js" },
        { "GET", "/api/scenarios" },
        { "GET", "/api/scenarios/no-such-scenario" },
        { "GET", "/api/no-such-route" },
        { "POST", "/api/runs" },
        { "GET", "/no-such-page" },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task Every_answer_carries_nosniff_and_a_content_security_policy(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        if (method == "POST")
        {
            request.Content = new StringContent("{", Encoding.UTF8, "application/json");
        }

        using var response = await server.Client.SendAsync(request);

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:80")]
    [InlineData("127.0.0.1.nip.io")]
    public async Task A_request_for_another_host_is_refused_with_a_problem(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/scenarios", UriKind.Relative));
        request.Headers.Host = host;

        using var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("russia-2020", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    public async Task The_hosts_it_listens_on_are_served(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/scenarios", UriKind.Relative));
        request.Headers.Host = $"{host}:{server.Address.Port}";

        using var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("""{"scenario":"russia-2020","scenario":"gcm-2018-unga","runs":1}""", "scenario")]
    [InlineData("""{"scenario":"russia-2020","runs":1,"runs":2}""", "runs")]
    public async Task A_field_given_twice_is_refused(string json, string field)
    {
        var (status, body) = await Api.RunAsync(server, json);

        Assert.Equal(400, status);
        var detail = (string?)body!["detail"];
        Assert.Contains("Duplicate", detail, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(field, detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_over_long_address_is_a_414_problem()
    {
        using var response = await server.Client.GetAsync(new Uri("/api/scenarios/" + new string('a', 6000), UriKind.Relative));

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Contains("over the limit of 4096", (string?)body["detail"], StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task Over_large_headers_are_a_431_problem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/scenarios", UriKind.Relative));
        for (var i = 0; i < 5; i++)
        {
            request.Headers.Add($"X-Filler-{i}", new string('b', 4000));
        }

        using var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("headers", (string?)body["field"]);
    }

    [Fact]
    public async Task A_request_without_a_host_is_refused()
    {
        // HTTP/1.0 lets a client leave the Host header out; a rebinding page cannot, but an empty Host is not a host served.
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, server.Address.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes("GET /api/scenarios HTTP/1.0\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.ASCII);

        var statusLine = await reader.ReadLineAsync();

        Assert.Matches(@"^HTTP/1\.[01] 400 ", statusLine);
    }
}
