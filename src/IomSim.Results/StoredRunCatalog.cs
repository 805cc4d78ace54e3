using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;

namespace IomSim.Results;

/// <summary>
/// What a store holds and what can be removed, by key and seed, in the SQL both stores take: the groups of runs (for
/// <c>iomsim runs list</c> and <c>export</c>), and deleting a group's runs, all or those stored before a time (<c>prune</c>).
/// Runs stored before the store kept times count as stored before any time.
/// </summary>
internal sealed class StoredRunCatalog(DbConnection connection)
{
    private const string Before = "(@before IS NULL OR stored_at IS NULL OR stored_at < @before)";

    private const string SelectGroups = $"""
        SELECT scenario_id, content_hash, seed, max(scenario_hash), max(setting_index), max(setting), count(*), min(run_index), max(run_index),
               min(stored_at), max(stored_at), min(version), max(version)
        FROM run WHERE {Before}
        GROUP BY scenario_id, content_hash, seed;
        """;

    private const string SelectText = $"""
        SELECT e.content_hash, e.seed, sum(length(e.votes) + length(e.reasons) + length(e.objectors) + length(e.requested_vote))
        FROM event_result e JOIN run r ON r.content_hash = e.content_hash AND r.seed = e.seed AND r.run_index = e.run_index
        WHERE (@before IS NULL OR r.stored_at IS NULL OR r.stored_at < @before)
        GROUP BY e.content_hash, e.seed;
        """;

    private const string Chosen = $"content_hash = @hash AND seed = @seed AND run_index IN (SELECT run_index FROM run WHERE content_hash = @hash AND seed = @seed AND {Before})";

    /// <summary>The groups, by scenario id, scenario file, setting and seed; with <paramref name="storedBefore"/>, counting only runs stored before it.</summary>
    public ImmutableArray<StoredRunGroup> List(DateTimeOffset? storedBefore)
    {
        var text = new Dictionary<(string, string), long>();
        using (var select = Command(null, SelectText, storedBefore))
        using (var reader = select.ExecuteReader())
        {
            while (reader.Read())
            {
                text[(reader.GetString(0), reader.GetString(1))] = reader.IsDBNull(2) ? 0 : Convert.ToInt64(reader.GetValue(2), CultureInfo.InvariantCulture);
            }
        }

        var groups = new List<StoredRunGroup>();
        using (var select = Command(null, SelectGroups, storedBefore))
        using (var reader = select.ExecuteReader())
        {
            while (reader.Read())
            {
                var hash = reader.GetString(1);
                var seed = reader.GetString(2);
                var versions = reader.GetString(11) == reader.GetString(12) ? reader.GetString(11) : $"{reader.GetString(11)}, {reader.GetString(12)}";
                groups.Add(new StoredRunGroup(
                    reader.GetString(0),
                    hash,
                    ulong.Parse(seed, NumberStyles.None, CultureInfo.InvariantCulture),
                    reader.IsDBNull(3) ? null : new RunSetting(reader.GetString(3), Convert.ToInt32(reader.GetValue(4), CultureInfo.InvariantCulture), reader.GetString(5)),
                    Convert.ToInt32(reader.GetValue(6), CultureInfo.InvariantCulture),
                    Convert.ToInt32(reader.GetValue(7), CultureInfo.InvariantCulture),
                    Convert.ToInt32(reader.GetValue(8), CultureInfo.InvariantCulture),
                    reader.IsDBNull(9) ? null : StoredTime.Parse(reader.GetString(9)),
                    reader.IsDBNull(10) ? null : StoredTime.Parse(reader.GetString(10)),
                    versions,
                    text.GetValueOrDefault((hash, seed))));
            }
        }

        return [.. groups
            .OrderBy(g => g.ScenarioId, StringComparer.Ordinal)
            .ThenBy(g => g.Setting?.ScenarioHash ?? g.ContentHash, StringComparer.Ordinal)
            .ThenBy(g => g.Setting?.Index ?? 0)
            .ThenBy(g => g.ContentHash, StringComparer.Ordinal)
            .ThenBy(g => g.Seed)];
    }

    /// <summary>Deletes, in <paramref name="transaction"/>, the runs of the key and seed (those stored before <paramref name="storedBefore"/> if given); returns how many runs.</summary>
    public int Delete(DbTransaction transaction, string contentHash, ulong seed, DateTimeOffset? storedBefore)
    {
        foreach (var table in (string[])["event_result", "budget_year_result"])
        {
            using var items = Keyed(transaction, $"DELETE FROM {table} WHERE {Chosen};", contentHash, seed, storedBefore);
            items.ExecuteNonQuery();
        }

        using var runs = Keyed(transaction, $"DELETE FROM run WHERE content_hash = @hash AND seed = @seed AND {Before};", contentHash, seed, storedBefore);
        return runs.ExecuteNonQuery();
    }

    private DbCommand Keyed(DbTransaction transaction, string sql, string contentHash, ulong seed, DateTimeOffset? storedBefore)
    {
        var command = Command(transaction, sql, storedBefore);
        ResultsTables.Add(command, "@hash", contentHash);
        ResultsTables.Add(command, "@seed", ResultsTables.SeedText(seed));
        return command;
    }

    private DbCommand Command(DbTransaction? transaction, string sql, DateTimeOffset? storedBefore)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        var before = command.CreateParameter();
        before.ParameterName = "@before";
        before.DbType = System.Data.DbType.String;
        before.Value = storedBefore is { } time ? StoredTime.Format(time) : DBNull.Value;
        command.Parameters.Add(before);
        return command;
    }
}
