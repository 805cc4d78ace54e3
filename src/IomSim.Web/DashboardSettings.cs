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
}
