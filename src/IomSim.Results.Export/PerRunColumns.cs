namespace IomSim.Results.Export;

/// <summary>
/// The columns of the per-run tables, in order (docs/per-run-data.md describes each). The names are a contract: new
/// columns may be added at the end of a group, none is renamed or removed.
/// </summary>
public static class PerRunColumns
{
    /// <summary>What identifies a run: the scenario, the seed, the run, the setting; then one column per varied path.</summary>
    public static IReadOnlyList<TableColumn> Run { get; } =
    [
        new("scenario_id", ColumnType.Text),
        new("scenario_hash", ColumnType.Text),
        new("seed", ColumnType.Seed),
        new("run_index", ColumnType.Count),
        new("setting_index", ColumnType.Count),
        new("setting", ColumnType.Text),
    ];

    /// <summary>The item of a row.</summary>
    public static IReadOnlyList<TableColumn> Item { get; } =
    [
        new("item_id", ColumnType.Text),
        new("kind", ColumnType.Text),
        new("date", ColumnType.Date),
    ];

    /// <summary>What happened to the item in the run (the items table).</summary>
    public static IReadOnlyList<TableColumn> Outcome { get; } =
    [
        new("outcome", ColumnType.Text),
        new("formal_vote", ColumnType.Boolean),
        new("yes", ColumnType.Count),
        new("no", ColumnType.Count),
        new("abstain", ColumnType.Count),
        new("absent", ColumnType.Count),
        new("not_entitled", ColumnType.Count),
        new("objectors_count", ColumnType.Count),
        new("objectors", ColumnType.Text),
        new("requesters_count", ColumnType.Count),
        new("requesters", ColumnType.Text),
    ];

    /// <summary>The budget year a budget item started (the items table; empty on other rows).</summary>
    public static IReadOnlyList<TableColumn> BudgetYear { get; } =
    [
        new("budget_year", ColumnType.Count),
        new("projects", ColumnType.Count),
        new("cost_usd", ColumnType.Number),
        new("funded_usd", ColumnType.Number),
        new("coverage", ColumnType.Number),
        new("unfunded_projects", ColumnType.Count),
        new("cancelled_projects", ColumnType.Count),
        new("top_five_share", ColumnType.Number),
        new("herfindahl", ColumnType.Number),
        new("new_voluntary_usd", ColumnType.Number),
        new("brought_forward_usd", ColumnType.Number),
        new("to_projects_usd", ColumnType.Number),
        new("to_core_usd", ColumnType.Number),
        new("returned_usd", ColumnType.Number),
        new("carried_over_usd", ColumnType.Number),
        new("assessed_due_usd", ColumnType.Number),
        new("assessed_paid_usd", ColumnType.Number),
        new("arrears_chf", ColumnType.Number),
        new("members_in_arrears", ColumnType.Count),
        new("without_vote_count", ColumnType.Count),
        new("without_vote", ColumnType.Text),
        new("ledger_balanced", ColumnType.Boolean),
    ];

    /// <summary>The program that played the run (last column of the items table).</summary>
    public static IReadOnlyList<TableColumn> Version { get; } = [new("iomsim_version", ColumnType.Text)];

    /// <summary>One state's vote (the votes table).</summary>
    public static IReadOnlyList<TableColumn> Vote { get; } =
    [
        new("state", ColumnType.Text),
        new("vote", ColumnType.Text),
        new("reason", ColumnType.Text),
    ];

    /// <summary>The separator of the lists joined into one cell (objectors, requesters, members without a vote).</summary>
    public const string ListSeparator = ";";

    /// <summary>The items table's columns, with a column per varied path after the run's.</summary>
    public static IReadOnlyList<TableColumn> ItemsTable(IReadOnlyList<string> variedPaths) =>
        [.. Run, .. Varied(variedPaths), .. Item, .. Outcome, .. BudgetYear, .. Version];

    /// <summary>The votes table's columns, with a column per varied path after the run's.</summary>
    public static IReadOnlyList<TableColumn> VotesTable(IReadOnlyList<string> variedPaths) =>
        [.. Run, .. Varied(variedPaths), .. Item, .. Vote];

    private static IEnumerable<TableColumn> Varied(IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            // Two paths that differ only in case or punctuation would share a name: the later gets a number.
            var name = VariedValues.ColumnOf(path);
            var unique = name;
            for (var n = 2; !taken.Add(unique); n++)
            {
                unique = $"{name}_{n}";
            }

            yield return new TableColumn(unique, ColumnType.Number);
        }
    }
}
