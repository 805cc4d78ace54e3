using IomSim.Cli.Output;

namespace IomSim.Cli.Runs;

/// <summary><c>runs list --format json</c>: <c>store</c>, <c>size_bytes</c>, <c>runs</c>, and <c>groups</c>, one object per key and seed.</summary>
internal static class StoreListingJson
{
    /// <summary>The listing as JSON.</summary>
    public static string Render(StoreListing listing) => JsonText.Of(json =>
    {
        json.WriteStartObject();
        json.WriteString("store", listing.Location);
        json.WriteNumber("size_bytes", listing.SizeBytes);
        json.WriteNumber("runs", listing.Runs);
        json.WriteStartArray("groups");
        foreach (var g in listing.Groups)
        {
            json.WriteStartObject();
            json.WriteString("scenario_id", g.ScenarioId);
            json.WriteString("key", g.ContentHash);
            json.StringOrNull("scenario_hash", g.Setting?.ScenarioHash);
            if (g.Setting is { } setting)
            {
                json.WriteNumber("setting_index", setting.Index);
            }
            else
            {
                json.WriteNull("setting_index");
            }

            json.StringOrNull("setting", g.Setting?.Text);
            json.WriteString("seed", g.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
            json.WriteNumber("runs", g.Runs);
            json.WriteNumber("first_run", g.FirstRun);
            json.WriteNumber("last_run", g.LastRun);
            json.StringOrNull("first_stored", g.FirstStored?.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            json.StringOrNull("last_stored", g.LastStored?.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("versions", g.Versions);
            json.WriteNumber("estimated_bytes", listing.EstimatedBytes(g));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });
}
