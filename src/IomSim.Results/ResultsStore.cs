using System.Collections.Immutable;
using System.Globalization;
using IomSim.Domain.Procedure;
using IomSim.Engine.Results;
using Microsoft.Data.Sqlite;

namespace IomSim.Results;

/// <summary>
/// The results of scenario runs in a SQLite file: each run under (scenario content hash, seed, run index), with the
/// scenario's id, the program version and every agenda item's outcome, tally and votes. Storing a run again replaces
/// it. One transaction per run, so an interrupted program leaves whole runs only.
/// </summary>
public sealed class ResultsStore : IDisposable
{
    private const string FolderName = "iomsim";
    private const string FileName = "results.db";

    private readonly SqliteConnection _connection;

    /// <summary>Opens (or creates) the results file at <paramref name="path"/>, and its folder.</summary>
    /// <exception cref="ResultsStoreException">The file is not a results database, or of an unknown schema version.</exception>
    public ResultsStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        DatabasePath = Path.GetFullPath(path);
        _connection = ResultsSchema.Open(DatabasePath);
    }

    /// <summary>The full path of the file.</summary>
    public string DatabasePath { get; }

    /// <summary>The default file: <c>iomsim/results.db</c> in the user's local data folder.</summary>
    /// <exception cref="ResultsStoreException">The machine has no local data folder for this user.</exception>
    public static string DefaultPath()
    {
        var folder = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        return string.IsNullOrEmpty(folder)
            ? throw new ResultsStoreException("this user has no local data folder for the results file; choose one with --store PATH")
            : Path.Combine(folder, FolderName, FileName);
    }

    /// <summary>Stores every run of <paramref name="result"/>, one transaction per run; returns how many were stored.</summary>
    public int Save(ScenarioResult result)
    {
        var runs = StoredRuns.From(result);
        foreach (var run in runs)
        {
            Save(run);
        }

        return runs.Length;
    }

    /// <summary>Stores one run in one transaction, replacing any run stored under the same hash, seed and index.</summary>
    public void Save(StoredRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        using var transaction = _connection.BeginTransaction(deferred: false);
        var key = Key(run.ContentHash, run.Seed);
        Execute(transaction, "DELETE FROM event_result WHERE content_hash = $hash AND seed = $seed AND run_index = $run;", key, run.RunIndex);
        Execute(transaction, "DELETE FROM run WHERE content_hash = $hash AND seed = $seed AND run_index = $run;", key, run.RunIndex);
        using (var insert = Command(transaction, """
            INSERT INTO run (content_hash, seed, run_index, scenario_id, version) VALUES ($hash, $seed, $run, $scenario, $version);
            """, key, run.RunIndex))
        {
            insert.Parameters.AddWithValue("$scenario", run.ScenarioId);
            insert.Parameters.AddWithValue("$version", run.Version);
            insert.ExecuteNonQuery();
        }

        for (var position = 0; position < run.Events.Length; position++)
        {
            InsertEvent(transaction, key, run.RunIndex, position, run.Events[position]);
        }

        transaction.Commit();
    }

    /// <summary>Every run stored for the scenario with <paramref name="contentHash"/> and <paramref name="seed"/>, by run index.</summary>
    public ImmutableArray<StoredRun> Load(string contentHash, ulong seed) => Load(contentHash, seed, int.MaxValue);

    /// <summary>The runs stored for the scenario with <paramref name="contentHash"/> and <paramref name="seed"/> whose index is below <paramref name="runs"/>, by run index.</summary>
    public ImmutableArray<StoredRun> Load(string contentHash, ulong seed, int runs)
    {
        ArgumentException.ThrowIfNullOrEmpty(contentHash);
        var key = Key(contentHash, seed);
        var events = LoadEvents(key, runs);
        var stored = ImmutableArray.CreateBuilder<StoredRun>();
        using var select = Command(null, """
            SELECT run_index, scenario_id, version FROM run
            WHERE content_hash = $hash AND seed = $seed AND run_index < $run ORDER BY run_index;
            """, key, runs);
        using var reader = select.ExecuteReader();
        while (reader.Read())
        {
            var index = reader.GetInt32(0);
            stored.Add(new StoredRun(reader.GetString(1), contentHash, seed, index, reader.GetString(2), events.GetValueOrDefault(index, [])));
        }

        return stored.ToImmutable();
    }

    /// <summary>The indices below <paramref name="runs"/> of the runs stored for <paramref name="contentHash"/> and <paramref name="seed"/>, without their results.</summary>
    public ImmutableSortedSet<int> StoredIndices(string contentHash, ulong seed, int runs)
    {
        ArgumentException.ThrowIfNullOrEmpty(contentHash);
        using var select = Command(null, "SELECT run_index FROM run WHERE content_hash = $hash AND seed = $seed AND run_index < $run;", Key(contentHash, seed), runs);
        using var reader = select.ExecuteReader();
        var indices = ImmutableSortedSet.CreateBuilder<int>();
        while (reader.Read())
        {
            indices.Add(reader.GetInt32(0));
        }

        return indices.ToImmutable();
    }

    /// <summary>Closes the file.</summary>
    public void Dispose() => _connection.Dispose();

    private Dictionary<int, ImmutableArray<StoredEvent>> LoadEvents((string Hash, string Seed) key, int runs)
    {
        var byRun = new Dictionary<int, ImmutableArray<StoredEvent>.Builder>();
        using var select = Command(null, """
            SELECT run_index, event_id, kind, outcome, tally_yes, tally_no, tally_abstain, tally_absent, tally_not_entitled,
                   objectors, requested_vote, votes, reasons
            FROM event_result WHERE content_hash = $hash AND seed = $seed AND run_index < $run ORDER BY run_index, position;
            """, key, runs);
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
                StoredJson.ReadMap(reader.GetString(11)),
                StoredJson.ReadMap(reader.GetString(12))));
        }

        return byRun.ToDictionary(run => run.Key, run => run.Value.ToImmutable());
    }

    private void InsertEvent(SqliteTransaction transaction, (string Hash, string Seed) key, int run, int position, StoredEvent item)
    {
        using var insert = Command(transaction, """
            INSERT INTO event_result (content_hash, seed, run_index, position, event_id, kind, outcome,
                tally_yes, tally_no, tally_abstain, tally_absent, tally_not_entitled, objectors, requested_vote, votes, reasons)
            VALUES ($hash, $seed, $run, $position, $event, $kind, $outcome,
                $yes, $no, $abstain, $absent, $notEntitled, $objectors, $requested, $votes, $reasons);
            """, key, run);
        insert.Parameters.AddWithValue("$position", position);
        insert.Parameters.AddWithValue("$event", item.EventId);
        insert.Parameters.AddWithValue("$kind", item.Kind);
        insert.Parameters.AddWithValue("$outcome", item.Outcome);
        var tally = item.Tally;
        insert.Parameters.AddWithValue("$yes", (object?)tally?.Yes ?? DBNull.Value);
        insert.Parameters.AddWithValue("$no", (object?)tally?.No ?? DBNull.Value);
        insert.Parameters.AddWithValue("$abstain", (object?)tally?.Abstain ?? DBNull.Value);
        insert.Parameters.AddWithValue("$absent", (object?)tally?.Absent ?? DBNull.Value);
        insert.Parameters.AddWithValue("$notEntitled", (object?)tally?.NotEntitled ?? DBNull.Value);
        insert.Parameters.AddWithValue("$objectors", StoredJson.Write(item.Objectors));
        insert.Parameters.AddWithValue("$requested", StoredJson.Write(item.RequestedVote));
        insert.Parameters.AddWithValue("$votes", StoredJson.Write(item.Votes));
        insert.Parameters.AddWithValue("$reasons", StoredJson.Write(item.Reasons));
        insert.ExecuteNonQuery();
    }

    private void Execute(SqliteTransaction transaction, string sql, (string Hash, string Seed) key, int run)
    {
        using var command = Command(transaction, sql, key, run);
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(SqliteTransaction? transaction, string sql, (string Hash, string Seed) key, int? run)
    {
        var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("$hash", key.Hash);
        command.Parameters.AddWithValue("$seed", key.Seed);
        if (run is { } index)
        {
            command.Parameters.AddWithValue("$run", index);
        }

        return command;
    }

    // The seed is kept as decimal text: SQLite integers are signed, and a ulong seed must read back as written.
    private static (string Hash, string Seed) Key(string contentHash, ulong seed) =>
        (contentHash, seed.ToString(CultureInfo.InvariantCulture));
}
