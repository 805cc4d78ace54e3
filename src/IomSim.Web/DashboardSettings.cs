using IomSim.Results.Postgres;

namespace IomSim.Web;

/// <summary>Where the dashboard listens and what it serves.</summary>
/// <param name="Urls">The addresses Kestrel binds (<c>http://127.0.0.1:5080</c>; port 0 picks a free one).</param>
/// <param name="ScenariosFolder">The folder of scenario files the dashboard offers.</param>
/// <param name="Store">The results store every run goes into: a SQLite file or a PostgreSQL database.</param>
public sealed record DashboardSettings(IReadOnlyList<string> Urls, string ScenariosFolder, ResultsStoreLocation Store)
{
    /// <summary>The address used when none is given: loopback only.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>The cluster the dashboard's silo joins (its sessions then kept in the cluster's Redis), or null for a silo of its own.</summary>
    public Grains.ClusterAddress? Cluster { get; init; }

    /// <summary>How many run requests may play and wait, per client and in all, before more are refused with 429.</summary>
    public Http.RunQueueLimits RunQueue { get; init; } = Http.RunQueueLimits.Default;

    /// <summary>The path of Orleans' own dashboard (silos, grains, calls), beside the classroom's.</summary>
    public const string OrleansDashboardPath = "/orleans";

    /// <summary>
    /// Whether the program runs in a container (Microsoft's .NET images set <c>DOTNET_RUNNING_IN_CONTAINER=true</c>),
    /// where it must listen on every interface and the compose file publishes its port on the host's loopback only.
    /// </summary>
    public bool InContainer { get; init; }

    /// <summary>
    /// Whether Orleans' dashboard is served: it shows every grain's calls and state to whoever reaches it, so only where
    /// the page is reachable from this machine alone (every address loopback, or a container published on loopback).
    /// </summary>
    public bool ServesOrleansDashboard => InContainer || Urls.All(IsLoopback);

    private static bool IsLoopback(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.IsLoopback || (System.Net.IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && System.Net.IPAddress.IsLoopback(ip)));
}
