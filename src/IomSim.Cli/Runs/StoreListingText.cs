using System.Globalization;
using IomSim.Cli.Commands;
using IomSim.Cli.Output;
using IomSim.Results;

namespace IomSim.Cli.Runs;

/// <summary><c>runs list</c> as a table.</summary>
internal static class StoreListingText
{
    /// <summary>The header line and the table.</summary>
    public static string Render(StoreListing listing)
    {
        var head = $"{listing.Location}: {StoreSize.Shown(listing.SizeBytes)}, {listing.All.Sum(g => (long)g.Runs)} runs in {listing.All.Count} groups";
        if (listing.Groups.Count == 0)
        {
            return head + "\nno stored runs" + (listing.All.Count > 0 ? " match" : string.Empty) + "\n";
        }

        var table = new TextTable("scenario", "key", ">setting", "varied", ">seed", ">runs", "indices", "stored", "version", ">size");
        foreach (var g in listing.Groups)
        {
            table.Add(
                g.ScenarioId,
                g.ContentHash[..Math.Min(12, g.ContentHash.Length)],
                g.Setting is { } s ? s.Index.ToString(CultureInfo.InvariantCulture) : "?",
                g.Setting is null ? "?" : g.Setting.Text.Length == 0 ? "-" : g.Setting.Text,
                g.Seed.ToString(CultureInfo.InvariantCulture),
                g.Runs.ToString(CultureInfo.InvariantCulture),
                g.FirstRun == g.LastRun ? $"{g.FirstRun}" : $"{g.FirstRun}-{g.LastRun}",
                Stored(g),
                g.Versions,
                StoreSize.Shown(listing.EstimatedBytes(g)));
        }

        return $"{head}; {listing.Runs} runs in {listing.Groups.Count} groups shown\n{table.Render()}";
    }

    private static string Stored(StoredRunGroup g) => (g.FirstStored, g.LastStored) switch
    {
        (null, null) => "unknown",
        ({ } first, { } last) when first.Date == last.Date => Day(first),
        (var first, { } last) => $"{(first is { } f ? Day(f) : "unknown")} to {Day(last)}",
        _ => "unknown",
    };

    private static string Day(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
