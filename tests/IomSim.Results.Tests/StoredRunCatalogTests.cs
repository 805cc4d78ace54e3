using IomSim.Testing;
using Microsoft.Data.Sqlite;

namespace IomSim.Results.Tests;

/// <summary>What a store lists, deletes and upgrades: groups by key and seed, runs older than a time, a version 1 file.</summary>
public sealed class StoredRunCatalogTests
{
    private static readonly DateTimeOffset s_start = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void List_gives_one_group_per_key_and_seed_with_counts_and_times()
    {
        using var file = new TemporaryDatabase();
        var clock = new ManualTimeProvider(s_start);
        using var store = new ResultsStore(file.FilePath, clock);
        store.Save(SyntheticResults.Of(runs: 3, seed: 1));
        clock.Advance(TimeSpan.FromHours(2));
        store.Save(SyntheticResults.Of(runs: 2, seed: 2, hash: "other"));

        var groups = store.List();

        Assert.Equal([("abc123", 1UL, 3), ("other", 2UL, 2)], groups.Select(g => (g.ContentHash, g.Seed, g.Runs)));
        Assert.Equal(s_start, groups[0].FirstStored);
        Assert.Equal(s_start.AddHours(2), groups[1].LastStored);
        Assert.Equal(RunSetting.Plain("abc123"), groups[0].Setting);
        Assert.All(groups, g => Assert.True(g.TextBytes > 0));
        Assert.True(store.SizeBytes() > 0);
    }

    [Fact]
    public void Only_runs_stored_before_a_time_are_listed_and_deleted_with_it()
    {
        using var file = new TemporaryDatabase();
        var clock = new ManualTimeProvider(s_start);
        using var store = new ResultsStore(file.FilePath, clock);
        var runs = StoredRuns.From(SyntheticResults.Of(runs: 3));
        store.Save(runs);
        clock.Advance(TimeSpan.FromDays(10));
        store.Save(runs[2]);
        var cutoff = s_start.AddDays(5);

        var old = Assert.Single(store.List(cutoff));
        Assert.Equal((2, 0, 1), (old.Runs, old.FirstRun, old.LastRun));
        Assert.Equal(2, store.Delete("abc123", 7, cutoff));

        Assert.Equal([2], store.Load("abc123", 7).Select(r => r.RunIndex));
        Assert.Equal(runs[2], store.Load("abc123", 7)[0]);
        Assert.Equal(1, store.Delete("abc123", 7));
        Assert.Empty(store.List());
    }

    [Fact]
    public void A_version_1_file_is_upgraded_and_its_runs_read_back_without_what_it_did_not_keep()
    {
        using var file = new TemporaryDatabase();
        Directory.CreateDirectory(Path.GetDirectoryName(file.FilePath)!);
        using (var connection = new SqliteConnection(file.ConnectionString))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = ResultsTables.CreateVersion1Sql(" WITHOUT ROWID") + """
                INSERT INTO run VALUES ('old', '5', 0, 'synthetic', '0.0.9');
                INSERT INTO event_result VALUES ('old', '5', 0, 0, 'synthetic/admission', 'admission', 'adopted-by-vote', 100, 2, 3, 10, 1,
                    '["UKR"]', '["UKR"]', '{"UKR":"no"}', '{"UKR":"relation"}');
                PRAGMA user_version = 1;
                """;
            command.ExecuteNonQuery();
        }

        using var store = new ResultsStore(file.FilePath);
        var run = Assert.Single(store.Load("old", 5));
        var group = Assert.Single(store.List());

        Assert.Null(run.Setting);
        Assert.Null(run.StoredAt);
        Assert.Null(run.Events[0].Date);
        Assert.Equal(100, run.Events[0].Tally!.Value.Yes);
        Assert.Null(group.Setting);
        Assert.Null(group.FirstStored);

        // A version 1 run has no time: it counts as older than any.
        Assert.Single(store.List(s_start));
        store.Save(SyntheticResults.Of(runs: 1));
        Assert.Equal(2, store.List().Length);
        using var check = new SqliteConnection(file.ConnectionString);
        check.Open();
        using var version = check.CreateCommand();
        version.CommandText = "PRAGMA user_version;";
        Assert.Equal(ResultsSchema.Version, (long)version.ExecuteScalar()!);
    }
}
