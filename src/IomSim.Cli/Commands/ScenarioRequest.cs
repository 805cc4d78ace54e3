using IomSim.Cli.Output;

namespace IomSim.Cli.Commands;

/// <summary>What <c>run</c> and <c>compare</c> were asked to do.</summary>
/// <param name="Scenario">The scenario file, as given.</param>
/// <param name="Runs">How many runs, or null for the command's default.</param>
/// <param name="Seed">The seed, or null for the scenario's.</param>
/// <param name="Parallel">How many runs at once.</param>
/// <param name="Seeds">The seed data folder, or null for the shipped copy.</param>
/// <param name="Store">The results file or PostgreSQL URL as given, or null for <c>IOMSIM_STORE</c> or the default file.</param>
/// <param name="Format">The output format.</param>
/// <param name="Out">The output folder, or null for standard output.</param>
/// <param name="Cluster">The cluster to play on, or null for the embedded silo.</param>
internal sealed record ScenarioRequest(
    string Scenario,
    int? Runs,
    ulong? Seed,
    int Parallel,
    DirectoryInfo? Seeds,
    string? Store,
    OutputFormat Format,
    DirectoryInfo? Out,
    Grains.ClusterAddress? Cluster = null)
{
    /// <summary>The per-run tables to write, and whether to store the runs.</summary>
    public PerRunRequest PerRun { get; init; } = PerRunRequest.None;
}
