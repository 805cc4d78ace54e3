using System.Data.Common;
using IomSim.Engine.Results;

namespace IomSim.Results;

/// <summary>
/// The budget years of stored runs (<c>budget_year_result</c>, added by schema version 2): one row per run and budget
/// item that started a year, keyed like the item's row in <c>event_result</c> (same position), with the year's figures.
/// </summary>
internal static class BudgetYearTable
{
    /// <summary>The figure columns, in <see cref="BudgetYearRun"/>'s order after the run, item and year.</summary>
    public static readonly string[] FigureColumns =
    [
        "projects", "cost_usd", "funded_usd", "coverage", "unfunded_projects", "cancelled_projects", "top_five_share", "herfindahl",
        "new_voluntary_usd", "brought_forward_usd", "to_projects_usd", "to_core_usd", "returned_usd", "carried_over_usd",
        "assessed_due_usd", "assessed_paid_usd", "arrears_chf", "members_in_arrears",
    ];

    private static readonly HashSet<string> s_counts = ["projects", "unfunded_projects", "cancelled_projects", "members_in_arrears"];

    /// <summary>What version 2 adds to version 1: the run's setting and time, the item's date, the budget years.</summary>
    public static string UpgradeSql(string tableOptions) => $"""
        ALTER TABLE run ADD COLUMN scenario_hash TEXT NULL;
        ALTER TABLE run ADD COLUMN setting_index INTEGER NULL;
        ALTER TABLE run ADD COLUMN setting TEXT NULL;
        ALTER TABLE run ADD COLUMN stored_at TEXT NULL;
        ALTER TABLE event_result ADD COLUMN session_date TEXT NULL;
        CREATE TABLE IF NOT EXISTS budget_year_result (
            content_hash TEXT NOT NULL,
            seed TEXT NOT NULL,
            run_index INTEGER NOT NULL,
            position INTEGER NOT NULL,
            item_id TEXT NOT NULL,
            year INTEGER NOT NULL,
            {string.Join(",\n    ", FigureColumns.Select(c => $"{c} {(s_counts.Contains(c) ? "INTEGER" : "DOUBLE PRECISION")} NOT NULL"))},
            without_vote TEXT NOT NULL,
            balanced INTEGER NOT NULL,
            PRIMARY KEY (content_hash, seed, run_index, position)
        ){tableOptions};
        """;

    /// <summary>The statement that inserts one budget year (parameters <c>@hash</c>, <c>@seed</c>, <c>@run</c> and one per column).</summary>
    public static string InsertSql { get; } =
        $"INSERT INTO budget_year_result (content_hash, seed, run_index, position, item_id, year, {string.Join(", ", FigureColumns)}, without_vote, balanced) "
        + $"VALUES (@hash, @seed, @run, @position, @item, @year, {string.Join(", ", FigureColumns.Select(c => "@" + c))}, @withoutVote, @balanced);";

    /// <summary>Adds the insert's own parameters (beyond the run key) to <paramref name="command"/>.</summary>
    public static void AddParameters(DbCommand command)
    {
        ResultsTables.Add(command, "@position", 0);
        ResultsTables.Add(command, "@item", string.Empty);
        ResultsTables.Add(command, "@year", 0);
        foreach (var column in FigureColumns)
        {
            if (s_counts.Contains(column))
            {
                ResultsTables.Add(command, "@" + column, 0);
            }
            else
            {
                ResultsTables.AddDouble(command, "@" + column, 0.0);
            }
        }

        ResultsTables.Add(command, "@withoutVote", string.Empty);
        ResultsTables.Add(command, "@balanced", 0);
    }

    /// <summary>Sets the insert's parameters for <paramref name="year"/>, the item at <paramref name="position"/>.</summary>
    public static void Set(DbCommand command, int position, BudgetYearRun year)
    {
        var values = Figures(year);
        command.Parameters["@position"].Value = position;
        command.Parameters["@item"].Value = year.ItemId;
        command.Parameters["@year"].Value = year.Year;
        for (var i = 0; i < FigureColumns.Length; i++)
        {
            command.Parameters["@" + FigureColumns[i]].Value = values[i];
        }

        command.Parameters["@withoutVote"].Value = StoredJson.Write(year.WithoutVote);
        command.Parameters["@balanced"].Value = year.Balanced ? 1 : 0;
    }

    /// <summary>The budget years stored for the key's runs below <paramref name="runs"/>, by (run index, item position).</summary>
    public static Dictionary<(int Run, int Position), BudgetYearRun> Load(DbConnection connection, (string Hash, string Seed) key, int runs)
    {
        var sql = $"SELECT run_index, position, item_id, year, {string.Join(", ", FigureColumns)}, without_vote, balanced "
            + "FROM budget_year_result WHERE content_hash = @hash AND seed = @seed AND run_index < @run;";
        var years = new Dictionary<(int, int), BudgetYearRun>();
        using var select = ResultsTables.Command(connection, null, sql, key, runs);
        using var reader = select.ExecuteReader();
        while (reader.Read())
        {
            var run = reader.GetInt32(0);
            int Count(int i) => reader.GetInt32(4 + i);
            double Usd(int i) => reader.GetDouble(4 + i);
            var last = 4 + FigureColumns.Length;
            years[(run, reader.GetInt32(1))] = new BudgetYearRun(
                run, reader.GetString(2), reader.GetInt32(3),
                Count(0), Usd(1), Usd(2), Usd(3), Count(4), Count(5), Usd(6), Usd(7),
                Usd(8), Usd(9), Usd(10), Usd(11), Usd(12), Usd(13), Usd(14), Usd(15), Usd(16), Count(17),
                StoredJson.ReadList(reader.GetString(last)),
                reader.GetInt32(last + 1) != 0);
        }

        return years;
    }

    private static object[] Figures(BudgetYearRun y) =>
    [
        y.Projects, y.CostUsd, y.FundedUsd, y.Coverage, y.UnfundedProjects, y.CancelledProjects, y.TopFiveShare, y.Herfindahl,
        y.NewVoluntaryUsd, y.BroughtForwardUsd, y.ToProjectsUsd, y.ToCoreUsd, y.ReturnedUsd, y.CarriedOverUsd,
        y.AssessedDueUsd, y.AssessedPaidUsd, y.ArrearsChf, y.MembersInArrears,
    ];
}
