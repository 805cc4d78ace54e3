using System.Globalization;

namespace IomSim.Cli.Sweeps;

/// <summary>
/// How large a sweep may be without <c>--force</c>: its settings times its runs per setting. Beyond it a sweep is
/// refused before anything is played (exit code 2, with its size), because it would run for hours and fill the disk
/// (docs/limits.md has the figures).
/// </summary>
internal static class SweepLimits
{
    /// <summary>The most runs (settings × runs per setting) a sweep plays without <c>--force</c>.</summary>
    public const long MaxRuns = 1_000_000;

    /// <summary>Refuses a sweep of <paramref name="settings"/> settings of <paramref name="runs"/> runs beyond <see cref="MaxRuns"/>, unless <paramref name="force"/>.</summary>
    /// <exception cref="InvalidInputException">The sweep is too large and not forced.</exception>
    public static void Check(long settings, int runs, bool force)
    {
        var total = settings * runs;
        if (total > MaxRuns && !force)
        {
            throw new InvalidInputException(
                $"iomsim: sweep: {Shown(settings)} {(settings == 1 ? "setting" : "settings")} × {Shown(runs)} runs = {Shown(total)} runs; "
                + $"a sweep plays at most {Shown(MaxRuns)} runs unless --force is given (fewer settings or runs, or --force; docs/limits.md)");
        }
    }

    private static string Shown(long number) => number.ToString("N0", CultureInfo.InvariantCulture);
}
