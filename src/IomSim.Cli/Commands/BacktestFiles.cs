using IomSim.Estimation.Input;

namespace IomSim.Cli.Commands;

/// <summary>
/// The three files a backtest reads, as given or found: without <c>--roll-calls</c> and <c>--votes</c>, the unvotes
/// files of the shared reference folder, looked for as <c>shared/reference</c> in the current folder, the program's
/// folder, or any folder above either (the repository sits beside <c>shared/</c>).
/// </summary>
/// <param name="RollCalls">The roll-calls file.</param>
/// <param name="Votes">The votes file.</param>
/// <param name="Issues">The issues file, or null.</param>
internal sealed record BacktestFiles(string RollCalls, string Votes, string? Issues)
{
    /// <summary>Resolves the files from the options.</summary>
    /// <exception cref="InvalidInputException">Only one of the two required files given, or no reference folder found.</exception>
    public static BacktestFiles Resolve(FileInfo? rollCalls, FileInfo? votes, FileInfo? issues)
    {
        if (rollCalls is not null && votes is not null)
        {
            return new BacktestFiles(rollCalls.ToString(), votes.ToString(), issues?.ToString());
        }

        if (rollCalls is not null || votes is not null)
        {
            throw new InvalidInputException("iomsim: backtest: give both --roll-calls and --votes, or neither (to use the shared reference files)");
        }

        var folder = FindReference()
            ?? throw new InvalidInputException(
                "iomsim: backtest: no shared/reference folder with the unvotes files found above the current folder or the program's; give --roll-calls and --votes");
        return new BacktestFiles(
            Path.Combine(folder, UnvotesReader.RollCallsFileName),
            Path.Combine(folder, UnvotesReader.VotesFileName),
            issues?.ToString() ?? Path.Combine(folder, UnvotesReader.IssuesFileName));
    }

    private static string? FindReference()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, "shared", "reference");
                if (File.Exists(Path.Combine(candidate, UnvotesReader.VotesFileName)))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
