using IomSim.Engine.Results;

namespace IomSim.Results.Export;

/// <summary>
/// Writes stored runs as the tidy per-run tables: one row per run × item (outcome, tally, objectors, requesters, the
/// budget year's figures), and if asked one row per run × item × state (vote, reason). Rows come in the order the runs
/// are given, items in timeline order, states in code order, so the same runs give the same bytes. The same code writes
/// <c>--per-run</c> of run, compare and sweep and <c>iomsim runs export</c>.
/// </summary>
public sealed class PerRunTables : IDisposable
{
    private readonly IReadOnlyList<string> _paths;
    private readonly ITableWriter? _items;
    private readonly ITableWriter? _votes;

    /// <summary>Starts the tables: items at <paramref name="itemsPath"/>, votes at <paramref name="votesPath"/> (either may be null).</summary>
    /// <param name="itemsPath">The items table's file, or null for none.</param>
    /// <param name="votesPath">The votes table's file, or null for none.</param>
    /// <param name="variedPaths">The varied paths, one column each, in order (none for runs that vary nothing).</param>
    public PerRunTables(string? itemsPath, string? votesPath, IReadOnlyList<string> variedPaths)
    {
        ArgumentNullException.ThrowIfNull(variedPaths);
        _paths = variedPaths;
        try
        {
            _items = itemsPath is null ? null : Open(itemsPath, "--per-run", PerRunColumns.ItemsTable(variedPaths));
            _votes = votesPath is null ? null : Open(votesPath, "--per-run-votes", PerRunColumns.VotesTable(variedPaths));
        }
        catch
        {
            _items?.Dispose();
            throw;
        }
    }

    /// <summary>The varied paths of <paramref name="settings"/> (setting texts), each once, in order of first appearance.</summary>
    public static IReadOnlyList<string> PathsOf(IEnumerable<string> settings) =>
        [.. settings.SelectMany(VariedValues.Parse).Select(v => v.Path).Distinct(StringComparer.Ordinal)];

    /// <summary>Adds the rows of <paramref name="run"/>.</summary>
    public void Add(StoredRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var key = RunCells(run);
        foreach (var item in run.Events)
        {
            var itemCells = new object?[] { item.EventId, item.Kind, item.Date };
            _items?.Add([.. key, .. itemCells, .. OutcomeCells(item), .. BudgetYearCells(item.BudgetYear), run.Version]);
            if (_votes is not null)
            {
                foreach (var (state, vote) in item.Votes)
                {
                    _votes.Add([.. key, .. itemCells, state, vote, item.Reasons.TryGetValue(state, out var reason) ? reason : null]);
                }
            }
        }
    }

    /// <summary>Finishes both files and puts them in place; returns the rows of each (0 for a table not asked for).</summary>
    public (long Items, long Votes) Complete() => (_items?.Complete() ?? 0, _votes?.Complete() ?? 0);

    /// <summary>Closes the files; those not completed are removed.</summary>
    public void Dispose()
    {
        _items?.Dispose();
        _votes?.Dispose();
    }

    private static ITableWriter Open(string path, string option, IReadOnlyList<TableColumn> columns) =>
        PerRunFile.FormatOf(path, option) == TableFormat.Parquet ? new ParquetTableWriter(path, columns) : new CsvTableWriter(path, columns);

    private object?[] RunCells(StoredRun run)
    {
        var setting = run.Setting;
        var values = setting is null ? [] : VariedValues.Parse(setting.Text);
        var cells = new object?[PerRunColumns.Run.Count + _paths.Count];
        cells[0] = run.ScenarioId;
        cells[1] = setting?.ScenarioHash ?? run.ContentHash;
        cells[2] = run.Seed;
        cells[3] = (long)run.RunIndex;
        cells[4] = setting is null ? null : (long)setting.Index;
        cells[5] = setting?.Text;
        foreach (var (path, value) in values)
        {
            var index = IndexOf(path);
            if (index >= 0)
            {
                cells[PerRunColumns.Run.Count + index] = value;
            }
        }

        return cells;
    }

    private int IndexOf(string path)
    {
        for (var i = 0; i < _paths.Count; i++)
        {
            if (string.Equals(_paths[i], path, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static object?[] OutcomeCells(StoredEvent item)
    {
        var tally = item.Tally;
        return
        [
            item.Outcome,
            tally is not null,
            (long?)tally?.Yes,
            (long?)tally?.No,
            (long?)tally?.Abstain,
            (long?)tally?.Absent,
            (long?)tally?.NotEntitled,
            (long)item.Objectors.Length,
            string.Join(PerRunColumns.ListSeparator, item.Objectors),
            (long)item.RequestedVote.Length,
            string.Join(PerRunColumns.ListSeparator, item.RequestedVote),
        ];
    }

    private static object?[] BudgetYearCells(BudgetYearRun? y) => y is null
        ? new object?[PerRunColumns.BudgetYear.Count]
        :
        [
            (long)y.Year, (long)y.Projects, y.CostUsd, y.FundedUsd, y.Coverage, (long)y.UnfundedProjects, (long)y.CancelledProjects,
            y.TopFiveShare, y.Herfindahl, y.NewVoluntaryUsd, y.BroughtForwardUsd, y.ToProjectsUsd, y.ToCoreUsd, y.ReturnedUsd,
            y.CarriedOverUsd, y.AssessedDueUsd, y.AssessedPaidUsd, y.ArrearsChf, (long)y.MembersInArrears, (long)y.WithoutVote.Length,
            string.Join(PerRunColumns.ListSeparator, y.WithoutVote), y.Balanced,
        ];
}
