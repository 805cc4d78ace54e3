using IomSim.Results;
using IomSim.Results.Export;

namespace IomSim.Cli.Commands;

/// <summary>Writes the per-run tables of runs just played (run, compare) and says where.</summary>
internal static class PerRunOutput
{
    /// <summary>Writes <paramref name="runs"/> (in the order given) as <paramref name="request"/> asks; nothing when it asks for no table.</summary>
    public static void Write(PerRunRequest request, IEnumerable<StoredRun> runs, CliConsole console)
    {
        if (!request.Any)
        {
            return;
        }

        var list = runs.ToList();
        using var tables = new PerRunTables(request.Items, request.Votes, PerRunTables.PathsOf(list.Select(r => r.Setting?.Text ?? string.Empty)));
        foreach (var run in list)
        {
            tables.Add(run);
        }

        Report(request, tables.Complete(), console);
    }

    /// <summary>Says which files were written, with their rows.</summary>
    public static void Report(PerRunRequest request, (long Items, long Votes) rows, CliConsole console)
    {
        if (request.Items is not null)
        {
            console.Error.WriteLine($"wrote {rows.Items} rows (run × item) to {Path.GetFullPath(request.Items)}");
        }

        if (request.Votes is not null)
        {
            console.Error.WriteLine($"wrote {rows.Votes} rows (run × item × state) to {Path.GetFullPath(request.Votes)}");
        }
    }
}
