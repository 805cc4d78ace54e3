using System.Globalization;
using IomSim.Results;

namespace IomSim.Cli.Commands;

/// <summary>The results store's size, shown in <c>runs list</c> and warned about after storing once it is large.</summary>
internal static class StoreSize
{
    /// <summary>The size from which storing warns: a few sweeps of thousands of runs.</summary>
    public const long WarnBytes = 1L << 30;

    /// <summary>Says on standard error that the store is large, and how to see and prune it, once it passes <see cref="WarnBytes"/>.</summary>
    public static void WarnIfLarge(IResultsStore store, CliConsole console)
    {
        var size = store.SizeBytes();
        if (size >= WarnBytes)
        {
            console.Error.WriteLine(
                $"note: the results store holds {Shown(size)}; 'iomsim runs list' shows what is in it and 'iomsim runs prune' removes runs (or use --no-store)");
        }
    }

    /// <summary>A size for people: B, kB, MB or GB (powers of 1024), one decimal from kB up.</summary>
    public static string Shown(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.0} kB"),
        < 1024 * 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.0} MB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024 * 1024):0.0} GB"),
    };
}
