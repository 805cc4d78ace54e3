using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IomSim.Web.Tests;

/// <summary>Calls to the dashboard's JSON API, with the status and the parsed answer.</summary>
internal static class Api
{
    /// <summary>GET <paramref name="path"/>.</summary>
    public static async Task<(int Status, JsonNode? Body)> GetAsync(DashboardServer server, string path)
    {
        using var response = await server.Client.GetAsync(new Uri(path, UriKind.Relative));
        return ((int)response.StatusCode, await ParseAsync(response));
    }

    /// <summary>POST <paramref name="json"/> (sent as is) to <c>/api/runs</c>.</summary>
    public static async Task<(int Status, JsonNode? Body)> RunAsync(DashboardServer server, string json, string contentType = "application/json")
    {
        using var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        using var response = await server.Client.PostAsync(new Uri("/api/runs", UriKind.Relative), content);
        return ((int)response.StatusCode, await ParseAsync(response));
    }

    /// <summary>POST a run request built from an object.</summary>
    public static Task<(int Status, JsonNode? Body)> RunAsync(DashboardServer server, object request) =>
        RunAsync(server, JsonSerializer.Serialize(request, JsonSerializerOptions.Web));

    /// <summary>PUT a request built from an object to <paramref name="path"/>.</summary>
    public static async Task<(int Status, JsonNode? Body)> PutAsync(DashboardServer server, string path, object request)
    {
        using var content = new StringContent(JsonSerializer.Serialize(request, JsonSerializerOptions.Web), Encoding.UTF8, "application/json");
        using var response = await server.Client.PutAsync(new Uri(path, UriKind.Relative), content);
        return ((int)response.StatusCode, await ParseAsync(response));
    }

    /// <summary>The item <paramref name="id"/> of a run answer.</summary>
    public static JsonNode Item(JsonNode run, string id) =>
        run["sessions"]!.AsArray().SelectMany(s => s!["items"]!.AsArray()).Single(i => (string?)i!["id"] == id)!;

    private static async Task<JsonNode?> ParseAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        try
        {
            return text.Length == 0 ? null : JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }
}
