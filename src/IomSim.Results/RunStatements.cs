using System.Data.Common;
using System.Globalization;

namespace IomSim.Results;

/// <summary>
/// The statements that replace a run (upsert its row, delete its items' rows, insert each item), made and prepared once
/// per transaction and run for every run in it with new values: made afresh for every run, as before, they cost more
/// than the writing itself once a transaction held many runs.
/// </summary>
/// <remarks>
/// The run's row is written first, as an upsert: it locks the key, so a second program storing the same run at the same
/// time waits for the first one's commit and then replaces its rows, where a delete and an insert let both insert and
/// one fail on the primary key (PostgreSQL's 23505; SQLite's writers take turns anyway).
/// </remarks>
internal sealed class RunStatements : IDisposable
{
    private const string DeleteEventsSql = "DELETE FROM event_result WHERE content_hash = @hash AND seed = @seed AND run_index = @run;";
    private const string DeleteYearsSql = "DELETE FROM budget_year_result WHERE content_hash = @hash AND seed = @seed AND run_index = @run;";
    private const string UpsertRunSql = """
        INSERT INTO run (content_hash, seed, run_index, scenario_id, version, scenario_hash, setting_index, setting, stored_at)
        VALUES (@hash, @seed, @run, @scenario, @version, @scenarioHash, @settingIndex, @setting, @storedAt)
        ON CONFLICT (content_hash, seed, run_index) DO UPDATE SET
            scenario_id = excluded.scenario_id, version = excluded.version, scenario_hash = excluded.scenario_hash,
            setting_index = excluded.setting_index, setting = excluded.setting, stored_at = excluded.stored_at;
        """;
    private const string InsertEventSql = """
        INSERT INTO event_result (content_hash, seed, run_index, position, event_id, kind, outcome,
            tally_yes, tally_no, tally_abstain, tally_absent, tally_not_entitled, objectors, requested_vote, votes, reasons, session_date)
        VALUES (@hash, @seed, @run, @position, @event, @kind, @outcome,
            @yes, @no, @abstain, @absent, @notEntitled, @objectors, @requested, @votes, @reasons, @date);
        """;

    private readonly DbCommand _deleteEvents;
    private readonly DbCommand _deleteYears;
    private readonly DbCommand _upsertRun;
    private readonly DbCommand _insertEvent;
    private readonly DbCommand _insertYear;
    private readonly string _storedAt;

    /// <summary>The statements, on <paramref name="connection"/> within <paramref name="transaction"/>; every run is marked stored at <paramref name="storedAt"/>.</summary>
    public RunStatements(DbConnection connection, DbTransaction transaction, string storedAt)
    {
        _storedAt = storedAt;
        _deleteEvents = Keyed(connection, transaction, DeleteEventsSql);
        _deleteYears = Keyed(connection, transaction, DeleteYearsSql);
        _upsertRun = Keyed(connection, transaction, UpsertRunSql, command =>
        {
            ResultsTables.Add(command, "@scenario", string.Empty);
            ResultsTables.Add(command, "@version", string.Empty);
            ResultsTables.Add(command, "@scenarioHash", string.Empty);
            ResultsTables.Add(command, "@settingIndex", 0);
            ResultsTables.Add(command, "@setting", string.Empty);
            ResultsTables.Add(command, "@storedAt", string.Empty);
        });
        _insertYear = Keyed(connection, transaction, BudgetYearTable.InsertSql, BudgetYearTable.AddParameters);
        _insertEvent = Keyed(connection, transaction, InsertEventSql, command =>
        {
            ResultsTables.Add(command, "@position", 0);
            foreach (var name in (string[])["@event", "@kind", "@outcome"])
            {
                ResultsTables.Add(command, name, string.Empty);
            }

            foreach (var name in (string[])["@yes", "@no", "@abstain", "@absent", "@notEntitled"])
            {
                ResultsTables.Add(command, name, (int?)null);
            }

            foreach (var name in (string[])["@objectors", "@requested", "@votes", "@reasons"])
            {
                ResultsTables.Add(command, name, string.Empty);
            }

            ResultsTables.Add(command, "@date", string.Empty);
        });
    }

    /// <summary>Replaces the run stored under <paramref name="run"/>'s hash, seed and index with <paramref name="run"/>.</summary>
    public void Replace(StoredRun run)
    {
        var seed = ResultsTables.SeedText(run.Seed);
        var setting = run.Setting ?? RunSetting.Plain(run.ContentHash);
        Set(_upsertRun, "@scenario", run.ScenarioId);
        Set(_upsertRun, "@version", run.Version);
        Set(_upsertRun, "@scenarioHash", setting.ScenarioHash);
        Set(_upsertRun, "@settingIndex", setting.Index);
        Set(_upsertRun, "@setting", setting.Text);
        Set(_upsertRun, "@storedAt", _storedAt);
        Execute(_upsertRun, run, seed);
        Execute(_deleteEvents, run, seed);
        Execute(_deleteYears, run, seed);
        for (var position = 0; position < run.Events.Length; position++)
        {
            var item = run.Events[position];
            var tally = item.Tally;
            Set(_insertEvent, "@position", position);
            Set(_insertEvent, "@event", item.EventId);
            Set(_insertEvent, "@kind", item.Kind);
            Set(_insertEvent, "@outcome", item.Outcome);
            Set(_insertEvent, "@yes", tally?.Yes);
            Set(_insertEvent, "@no", tally?.No);
            Set(_insertEvent, "@abstain", tally?.Abstain);
            Set(_insertEvent, "@absent", tally?.Absent);
            Set(_insertEvent, "@notEntitled", tally?.NotEntitled);
            Set(_insertEvent, "@objectors", StoredJson.Write(item.Objectors));
            Set(_insertEvent, "@requested", StoredJson.Write(item.RequestedVote));
            Set(_insertEvent, "@votes", StoredJson.Write(item.Votes));
            Set(_insertEvent, "@reasons", StoredJson.Write(item.Reasons));
            Set(_insertEvent, "@date", item.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Execute(_insertEvent, run, seed);
            if (item.BudgetYear is { } year)
            {
                BudgetYearTable.Set(_insertYear, position, year);
                Execute(_insertYear, run, seed);
            }
        }
    }

    /// <summary>Releases the statements.</summary>
    public void Dispose()
    {
        _deleteEvents.Dispose();
        _deleteYears.Dispose();
        _upsertRun.Dispose();
        _insertEvent.Dispose();
        _insertYear.Dispose();
    }

    // A statement of the run's key (@hash, @seed, @run) and any further parameters, typed and prepared.
    private static DbCommand Keyed(DbConnection connection, DbTransaction transaction, string sql, Action<DbCommand>? addParameters = null)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        ResultsTables.Add(command, "@hash", string.Empty);
        ResultsTables.Add(command, "@seed", string.Empty);
        ResultsTables.Add(command, "@run", 0);
        addParameters?.Invoke(command);
        command.Prepare();
        return command;
    }

    private static void Execute(DbCommand command, StoredRun run, string seed)
    {
        Set(command, "@hash", run.ContentHash);
        Set(command, "@seed", seed);
        Set(command, "@run", run.RunIndex);
        command.ExecuteNonQuery();
    }

    // Null becomes SQL NULL; a missing text value is refused by the column's NOT NULL, as before.
    private static void Set(DbCommand command, string name, object? value) =>
        command.Parameters[name].Value = value ?? DBNull.Value;
}
