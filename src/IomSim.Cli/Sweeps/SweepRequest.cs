using IomSim.Cli.Output;

namespace IomSim.Cli.Sweeps;

/// <summary>What <c>sweep</c> was asked to do.</summary>
/// <param name="Scenario">The scenario file, as given.</param>
/// <param name="Runs">Runs per setting.</param>
/// <param name="Vary">Each <c>--vary</c> as written.</param>
/// <param name="Seed">The seed, or null for the scenario's.</param>
/// <param name="Parallel">How many runs at once.</param>
/// <param name="Resume">Play only the runs missing from the store.</param>
/// <param name="Seeds">The seed data folder, or null for the shipped copy.</param>
/// <param name="Store">The results file or PostgreSQL URL as given, or null for <c>IOMSIM_STORE</c> or the default file.</param>
/// <param name="Format">The output format.</param>
/// <param name="Out">The output folder, or null for standard output.</param>
/// <param name="Cluster">The cluster to play on, or null for the embedded silo.</param>
internal sealed record SweepRequest(
    string Scenario,
    int Runs,
    IReadOnlyList<string> Vary,
    ulong? Seed,
    int Parallel,
    bool Resume,
    DirectoryInfo? Seeds,
    string? Store,
    OutputFormat Format,
    DirectoryInfo? Out,
    Grains.ClusterAddress? Cluster = null)
{
    /// <summary>True when <see cref="Runs"/> was given on the command line (it then overrides an experiment file's <c>runs</c>).</summary>
    public bool RunsGiven { get; init; } = true;

    /// <summary>Play a sweep larger than <see cref="SweepLimits.MaxRuns"/> runs.</summary>
    public bool Force { get; init; }

    /// <summary>The per-run tables to write, and whether to keep the runs out of the results store.</summary>
    public Commands.PerRunRequest PerRun { get; init; } = Commands.PerRunRequest.None;
}
