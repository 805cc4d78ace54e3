using IomSim.Results;
using IomSim.Results.Postgres;

namespace IomSim.Cli.Runs;

/// <summary>Opens the store a <c>runs</c> command names, without creating a results file that is not there.</summary>
internal static class StoreAccess
{
    /// <summary>The store <paramref name="argument"/> (<c>--store</c>), <c>IOMSIM_STORE</c> or the default names; null when it is a file that does not exist.</summary>
    public static IResultsStore? Open(string? argument, CliConsole console, out string display)
    {
        var location = ResultsStoreLocation.Resolve(argument, console.Environment(ResultsStoreLocation.EnvironmentVariable));
        display = location.Display;
        return !location.IsServer && !File.Exists(location.Display) ? null : location.Open();
    }
}
