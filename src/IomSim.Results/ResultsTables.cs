using System.Collections.Immutable;
using System.Data;
using System.Data.Common;
using System.Globalization;
using IomSim.Domain.Procedure;
using IomSim.Engine.Results;

namespace IomSim.Results;

/// <summary>
/// The results tables as both stores use them: the same SQL (named <c>@</c> parameters, which SQLite and PostgreSQL
/// both take) and the same mapping of a run to rows, over whichever ADO.NET connection the store opened.
/// </summary>
internal sealed class ResultsTables(DbConnection connection, TimeProvider time)
{
    private const string SelectRuns = """
        SELECT run_index, scenario_id, version, scenario_hash, setting_index, setting, stored_at FROM run
        WHERE content_hash = @hash AND seed = @seed AND run_index < @run ORDER BY run_index;
        """;

    private const string SelectEvents = """
        SELECT run_index, event_id, kind, outcome, tally_yes, tally_no, tally_abstain, tally_absent, tally_not_entitled,
               objectors, requested_vote, votes, reasons, session_date
        FROM event_result WHERE content_hash = @hash AND seed = @seed AND run_index < @run ORDER BY run_index, position;
        """;

    private const string SelectIndices = "SELECT run_index FROM run WHERE content_hash = @hash AND seed = @seed AND run_index < @run;";

    /// <summary>
    /// Every table of the current schema: those of version 1, then what version 2 added. <paramref name="tableOptions"/>
    /// follows each definition (SQLite's <c>WITHOUT ROWID</c>).
    /// </summary>
    public static string CreateSql(string tableOptions) => CreateVersion1Sql(tableOptions) + BudgetYearTable.UpgradeSql(tableOptions);

    /// <summary>The two tables of schema version 1; <paramref name="tableOptions"/> follows each definition.</summary>
    public static string CreateVersion1Sql(string tableOptions) => $"""
        CREATE TABLE IF NOT EXISTS run (
            content_hash TEXT NOT NULL,
            seed TEXT NOT NULL,
            run_index INTEGER NOT NULL,
            scenario_id TEXT NOT NULL,
            version TEXT NOT NULL,
            PRIMARY KEY (content_hash, seed, run_index)
        ){tableOptions};
        CREATE TABLE IF NOT EXISTS event_result (
            content_hash TEXT NOT NULL,
            seed TEXT NOT NULL,
            run_index INTEGER NOT NULL,
            position INTEGER NOT NULL,
            event_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            outcome TEXT NOT NULL,
            tally_yes INTEGER NULL,
            tally_no INTEGER NULL,
            tally_abstain INTEGER NULL,
            tally_absent INTEGER NULL,
            tally_not_entitled INTEGER NULL,
            objectors TEXT NOT NULL,
            requested_vote TEXT NOT NULL,
            votes TEXT NOT NULL,
            reasons TEXT NOT NULL,
            PRIMARY KEY (content_hash, seed, run_index, position)
        ){tableOptions};
        """;

    /// <summary>
    /// How many runs one transaction stores when a whole result is saved: large enough that the commit and the
    /// statements' set-up are spread over many runs, small enough that a transaction stays a few megabytes.
    /// </summary>
    public const int RunsPerTransaction = 500;

    /// <summary>Stores every run of <paramref name="result"/> through <paramref name="store"/>, <see cref="RunsPerTransaction"/> runs per transaction; returns how many.</summary>
    public static int SaveAll(IResultsStore store, ScenarioResult result)
    {
        var runs = StoredRuns.From(result);
        for (var first = 0; first < runs.Length; first += RunsPerTransaction)
        {
            store.Save(runs.AsSpan(first, Math.Min(RunsPerTransaction, runs.Length - first)).ToArray());
        }

        return runs.Length;
    }

    /// <summary>
    /// Replaces the runs in <paramref name="transaction"/>, which the caller commits; the statements are prepared once
    /// for all of them. Idempotent, and safe with other programs storing the same runs at once (<see cref="RunStatements"/>).
    /// </summary>
    public void Save(DbTransaction transaction, IReadOnlyList<StoredRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        if (runs.Count == 0)
        {
            return;
        }

        // In key order, so two programs storing overlapping runs lock them in the same order and never deadlock; the
        // sort is stable, so a run listed twice is still stored as its last listing.
        using var statements = new RunStatements(connection, transaction, StoredTime.Format(time.GetUtcNow()));
        foreach (var run in runs.Select(run => run ?? throw new ArgumentNullException(nameof(runs))).OrderBy(run => run.ContentHash, StringComparer.Ordinal).ThenBy(run => run.Seed).ThenBy(run => run.RunIndex))
        {
            statements.Replace(run);
        }
    }

    /// <summary>The runs below <paramref name="runs"/> stored for the hash and seed, by run index.</summary>
    public ImmutableArray<StoredRun> Load(string contentHash, ulong seed, int runs)
    {
        ArgumentException.ThrowIfNullOrEmpty(contentHash);
        var key = Key(contentHash, seed);
        var events = LoadEvents(key, runs);
        var stored = ImmutableArray.CreateBuilder<StoredRun>();
        using var select = Command(connection, null, SelectRuns, key, runs);
        using var reader = select.ExecuteReader();
        while (reader.Read())
        {
            var index = reader.GetInt32(0);
            stored.Add(new StoredRun(reader.GetString(1), contentHash, seed, index, reader.GetString(2), events.GetValueOrDefault(index, []))
            {
                Setting = reader.IsDBNull(3) ? null : new RunSetting(reader.GetString(3), reader.GetInt32(4), reader.GetString(5)),
                StoredAt = reader.IsDBNull(6) ? null : StoredTime.Parse(reader.GetString(6)),
            });
        }

        return stored.ToImmutable();
    }

    /// <summary>The indices below <paramref name="runs"/> of the runs stored for the hash and seed.</summary>
    public ImmutableSortedSet<int> StoredIndices(string contentHash, ulong seed, int runs)
    {
        ArgumentException.ThrowIfNullOrEmpty(contentHash);
        using var select = Command(connection, null, SelectIndices, Key(contentHash, seed), runs);
        using var reader = select.ExecuteReader();
        var indices = ImmutableSortedSet.CreateBuilder<int>();
        while (reader.Read())
        {
            indices.Add(reader.GetInt32(0));
        }

        return indices.ToImmutable();
    }

    private Dictionary<int, ImmutableArray<StoredEvent>> LoadEvents((string Hash, string Seed) key, int runs)
    {
        var byRun = new Dictionary<int, ImmutableArray<StoredEvent>.Builder>();
        var years = BudgetYearTable.Load(connection, key, runs);

        // One reader per item position and column, so the maps of every run of an item share their arrays.
        var maps = new List<StoredMapReader>();
        using var select = Command(connection, null, SelectEvents, key, runs);
        using var reader = select.ExecuteReader();
        while (reader.Read())
        {
            var index = reader.GetInt32(0);
            if (!byRun.TryGetValue(index, out var events))
            {
                events = ImmutableArray.CreateBuilder<StoredEvent>();
                byRun.Add(index, events);
            }

            Tally? tally = reader.IsDBNull(4)
                ? null
                : new Tally(reader.GetInt32(4), reader.GetInt32(5), reader.GetInt32(6), reader.GetInt32(7), reader.GetInt32(8));
            events.Add(new StoredEvent(
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                tally,
                StoredJson.ReadList(reader.GetString(9)),
                StoredJson.ReadList(reader.GetString(10)),
                MapReader(maps, events.Count, 0).Read(reader.GetString(11)),
                MapReader(maps, events.Count, 1).Read(reader.GetString(12)))
            {
                Date = reader.IsDBNull(13) ? null : DateOnly.ParseExact(reader.GetString(13), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                BudgetYear = years.GetValueOrDefault((index, events.Count)),
            });
        }

        return byRun.ToDictionary(run => run.Key, run => run.Value.ToImmutable());
    }

    // The reader of column (0: votes, 1: reasons) at the item's position, made when first needed.
    private static StoredMapReader MapReader(List<StoredMapReader> readers, int position, int column)
    {
        var slot = (position * 2) + column;
        while (readers.Count <= slot)
        {
            readers.Add(new StoredMapReader());
        }

        return readers[slot];
    }

    /// <summary>A command of the run key's parameters (<c>@hash</c>, <c>@seed</c>, <c>@run</c>).</summary>
    internal static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, (string Hash, string Seed) key, int run)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        Add(command, "@hash", key.Hash);
        Add(command, "@seed", key.Seed);
        Add(command, "@run", run);
        return command;
    }

    /// <summary>Adds a text parameter.</summary>
    internal static void Add(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = DbType.String;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    /// <summary>Adds a floating-point parameter.</summary>
    internal static void AddDouble(DbCommand command, string name, double value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = DbType.Double;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    /// <summary>Adds an integer parameter, typed even when null, so PostgreSQL is never left to guess the type of a missing tally.</summary>
    internal static void Add(DbCommand command, string name, int? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = DbType.Int32;
        parameter.Value = value is { } number ? number : DBNull.Value;
        command.Parameters.Add(parameter);
    }

    /// <summary>The seed as stored: decimal text, since SQL integers are signed and a ulong seed must read back as written.</summary>
    internal static string SeedText(ulong seed) => seed.ToString(CultureInfo.InvariantCulture);

    internal static (string Hash, string Seed) Key(string contentHash, ulong seed) => (contentHash, SeedText(seed));
}
