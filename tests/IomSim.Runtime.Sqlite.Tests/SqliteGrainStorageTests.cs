using System.Globalization;
using IomSim.Runtime.Storage;
using IomSim.Runtime.Testing;

namespace IomSim.Runtime.Sqlite.Tests;

/// <summary>The storage semantics: ETags, optimistic concurrency, tombstones, isolation, threads.</summary>
public sealed class SqliteGrainStorageTests : IDisposable
{
    private const string StateName = "counter";
    private static readonly GrainId s_grain = new("counter", "a");

    private readonly TemporaryDatabase _database = new();
    private readonly SqliteGrainStorage _storage;

    public SqliteGrainStorageTests() => _storage = new SqliteGrainStorage(_database.FilePath);

    public void Dispose()
    {
        _storage.Dispose();
        _database.Dispose();
    }

    [Fact]
    public async Task Reading_a_state_never_written_gives_a_fresh_state_and_no_etag()
    {
        var state = new TestGrainState<Counter> { State = new Counter { Value = 7 }, ETag = "9", RecordExists = true };

        await _storage.ReadStateAsync(StateName, s_grain, state);

        Assert.Equal(new Counter(), state.State);
        Assert.Null(state.ETag);
        Assert.False(state.RecordExists);
    }

    [Fact]
    public async Task A_written_state_reads_back_with_its_version_etag()
    {
        var state = new TestGrainState<Counter> { State = new Counter { Value = 1, Label = "first" } };
        await _storage.WriteStateAsync(StateName, s_grain, state);
        Assert.Equal("1", state.ETag);
        Assert.True(state.RecordExists);

        state.State = new Counter { Value = 2, Label = "second" };
        await _storage.WriteStateAsync(StateName, s_grain, state);
        Assert.Equal("2", state.ETag);

        var read = new TestGrainState<Counter>();
        await _storage.ReadStateAsync(StateName, s_grain, read);
        Assert.Equal(new Counter { Value = 2, Label = "second" }, read.State);
        Assert.Equal("2", read.ETag);
        Assert.True(read.RecordExists);
    }

    [Fact]
    public async Task A_write_with_a_stale_etag_throws_and_changes_nothing()
    {
        var first = new TestGrainState<Counter> { State = new Counter { Value = 1 } };
        await _storage.WriteStateAsync(StateName, s_grain, first);
        var stale = first.Copy();
        first.State = new Counter { Value = 2 };
        await _storage.WriteStateAsync(StateName, s_grain, first);

        stale.State = new Counter { Value = 99 };
        var error = await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.WriteStateAsync(StateName, s_grain, stale));
        Assert.Equal(s_grain, error.GrainId);
        Assert.Equal(StateName, error.StateName);
        Assert.Equal("2", error.StoredETag);
        Assert.Equal("1", error.CurrentETag);
        Assert.Equal("1", stale.ETag);

        // A copy that never read the state (no ETag) is stale too.
        await Assert.ThrowsAsync<InconsistentStateException>(
            () => _storage.WriteStateAsync(StateName, s_grain, new TestGrainState<Counter> { State = new Counter { Value = 98 } }));

        await AssertStoredAsync(new Counter { Value = 2 }, "2", recordExists: true);
    }

    [Fact]
    public async Task A_clear_with_a_stale_etag_throws_and_changes_nothing()
    {
        var state = new TestGrainState<Counter> { State = new Counter { Value = 1 } };
        await _storage.WriteStateAsync(StateName, s_grain, state);
        var stale = state.Copy();
        state.State = new Counter { Value = 2 };
        await _storage.WriteStateAsync(StateName, s_grain, state);

        var error = await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.ClearStateAsync(StateName, s_grain, stale));
        Assert.Equal("2", error.StoredETag);
        Assert.Equal("1", error.CurrentETag);
        Assert.Equal(new Counter { Value = 1 }, stale.State);

        await AssertStoredAsync(new Counter { Value = 2 }, "2", recordExists: true);
    }

    [Fact]
    public async Task A_clear_leaves_a_tombstone_that_an_old_etag_never_matches()
    {
        var state = new TestGrainState<Counter> { State = new Counter { Value = 1 } };
        await _storage.WriteStateAsync(StateName, s_grain, state);
        var beforeClear = state.Copy();

        await _storage.ClearStateAsync(StateName, s_grain, state);
        Assert.Equal("2", state.ETag);
        Assert.False(state.RecordExists);
        Assert.Equal(new Counter(), state.State);
        await AssertStoredAsync(new Counter(), "2", recordExists: false);

        await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.WriteStateAsync(StateName, s_grain, beforeClear));
        await Assert.ThrowsAsync<InconsistentStateException>(
            () => _storage.WriteStateAsync(StateName, s_grain, new TestGrainState<Counter> { State = new Counter { Value = 5 } }));
        await AssertStoredAsync(new Counter(), "2", recordExists: false);

        // The tombstone's ETag is the one to write with.
        state.State = new Counter { Value = 3 };
        await _storage.WriteStateAsync(StateName, s_grain, state);
        Assert.Equal("3", state.ETag);
        await AssertStoredAsync(new Counter { Value = 3 }, "3", recordExists: true);
    }

    [Fact]
    public async Task Clearing_a_state_never_written_stores_a_tombstone()
    {
        var state = new TestGrainState<Counter>();

        await _storage.ClearStateAsync(StateName, s_grain, state);

        Assert.Equal("1", state.ETag);
        await AssertStoredAsync(new Counter(), "1", recordExists: false);
    }

    [Fact]
    public async Task Different_grains_and_state_names_do_not_interfere()
    {
        GrainId[] grains = [new("counter", "a"), new("counter", "b"), new("other", "a")];
        string[] names = ["x", "y"];
        var expected = new Dictionary<(GrainId, string), int>();
        var value = 0;
        foreach (var grain in grains)
        {
            foreach (var name in names)
            {
                value++;
                var state = new TestGrainState<Counter>();
                for (var i = 1; i <= value; i++)
                {
                    state.State = new Counter { Value = value, Label = $"{grain}:{name}" };
                    await _storage.WriteStateAsync(name, grain, state);
                }

                expected[(grain, name)] = value;
            }
        }

        // A clear of one state leaves the others alone.
        var cleared = new TestGrainState<Counter>();
        await _storage.ReadStateAsync("x", grains[0], cleared);
        await _storage.ClearStateAsync("x", grains[0], cleared);

        foreach (var ((grain, name), written) in expected)
        {
            var read = new TestGrainState<Counter>();
            await _storage.ReadStateAsync(name, grain, read);
            var isCleared = grain == grains[0] && name == "x";
            Assert.Equal(isCleared ? new Counter() : new Counter { Value = written, Label = $"{grain}:{name}" }, read.State);
            Assert.Equal((isCleared ? written + 1 : written).ToString(CultureInfo.InvariantCulture), read.ETag);
            Assert.Equal(!isCleared, read.RecordExists);
        }
    }

    [Fact]
    public async Task Concurrent_writes_from_many_threads_to_different_grains_all_land()
    {
        const int Grains = 16;
        const int WritesPerGrain = 25;
        using var start = new Barrier(Grains);

        async Task WriteGrain(int g)
        {
            var grain = new GrainId("counter", $"g{g}");
            var state = new TestGrainState<Counter>();
            start.SignalAndWait();
            for (var i = 1; i <= WritesPerGrain; i++)
            {
                state.State = new Counter { Value = i, Label = grain.Key };
                await _storage.WriteStateAsync(StateName, grain, state);
            }
        }

        // Dedicated threads released together: the storage completes synchronously, so each loop stays on its own
        // thread, and a small thread pool (CI has two cores) can neither serialize them nor starve on the barrier.
        await Task.WhenAll(Enumerable.Range(0, Grains).Select(g => Task.Factory.StartNew(
            () => WriteGrain(g), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap()));

        using var reopened = new SqliteGrainStorage(_database.FilePath);
        for (var g = 0; g < Grains; g++)
        {
            var read = new TestGrainState<Counter>();
            await reopened.ReadStateAsync(StateName, new GrainId("counter", $"g{g}"), read);
            Assert.Equal(new Counter { Value = WritesPerGrain, Label = $"g{g}" }, read.State);
            Assert.Equal("25", read.ETag);
        }
    }

    [Fact]
    public async Task Two_instances_on_one_file_see_each_others_writes_and_conflicts()
    {
        using var other = new SqliteGrainStorage(_database.FilePath);
        var mine = new TestGrainState<Counter> { State = new Counter { Value = 1 } };
        await _storage.WriteStateAsync(StateName, s_grain, mine);

        var theirs = new TestGrainState<Counter>();
        await other.ReadStateAsync(StateName, s_grain, theirs);
        Assert.Equal(new Counter { Value = 1 }, theirs.State);
        theirs.State = new Counter { Value = 2 };
        await other.WriteStateAsync(StateName, s_grain, theirs);

        mine.State = new Counter { Value = 3 };
        await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.WriteStateAsync(StateName, s_grain, mine));
        await AssertStoredAsync(new Counter { Value = 2 }, "2", recordExists: true);
    }

    [Fact]
    public async Task Instances_racing_on_one_grain_lose_no_update()
    {
        const int Instances = 4;
        const int IncrementsEach = 30;
        using var start = new Barrier(Instances);

        // Each instance has its own connection, like runtimes sharing a file: only the file's locking keeps the
        // read-compare-write of one from interleaving with another's.
        async Task Increment()
        {
            using var storage = new SqliteGrainStorage(_database.FilePath);
            var state = new TestGrainState<Counter>();
            start.SignalAndWait();
            for (var done = 0; done < IncrementsEach;)
            {
                await storage.ReadStateAsync(StateName, s_grain, state);
                state.State = state.State with { Value = state.State.Value + 1 };
                try
                {
                    await storage.WriteStateAsync(StateName, s_grain, state);
                    done++;
                }
                catch (InconsistentStateException)
                {
                    // Another instance wrote in between: read again and retry, as a grain would.
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Instances).Select(_ => Task.Factory.StartNew(
            Increment, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap()));

        await AssertStoredAsync(new Counter { Value = Instances * IncrementsEach }, "120", recordExists: true);
    }

    [Fact]
    public async Task The_same_operations_give_the_same_results_as_memory_storage()
    {
        var memory = await RunScriptAsync(new MemoryGrainStorage());
        var sqlite = await RunScriptAsync(_storage);

        Assert.Equal(memory, sqlite);
    }

    [Fact]
    public async Task A_disposed_storage_fails_with_ObjectDisposedException()
    {
        var storage = new SqliteGrainStorage(_database.FilePath);
        storage.Dispose();
        storage.Dispose();

        var state = new TestGrainState<Counter>();
        await Assert.ThrowsAsync<ObjectDisposedException>(() => storage.ReadStateAsync(StateName, s_grain, state));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => storage.WriteStateAsync(StateName, s_grain, state));
    }

    private static async Task<List<string>> RunScriptAsync(IGrainStorage storage)
    {
        var log = new List<string>();
        var a = new TestGrainState<Counter>();
        var b = new TestGrainState<Counter>();

        async Task Step(string name, Func<Task> action, TestGrainState<Counter> state)
        {
            try
            {
                await action();
                log.Add($"{name}: {state.ETag ?? "null"} {state.RecordExists} {state.State}");
            }
            catch (InconsistentStateException e)
            {
                log.Add($"{name}: stale, stored {e.StoredETag ?? "null"}, current {e.CurrentETag ?? "null"}");
            }
        }

        await Step("read a", () => storage.ReadStateAsync(StateName, s_grain, a), a);
        await Step("clear a", () => storage.ClearStateAsync(StateName, s_grain, a), a);
        a.State = new Counter { Value = 1 };
        await Step("write a", () => storage.WriteStateAsync(StateName, s_grain, a), a);
        await Step("read b", () => storage.ReadStateAsync(StateName, s_grain, b), b);
        a.State = new Counter { Value = 2 };
        await Step("write a", () => storage.WriteStateAsync(StateName, s_grain, a), a);
        b.State = new Counter { Value = 3 };
        await Step("write b", () => storage.WriteStateAsync(StateName, s_grain, b), b);
        await Step("clear b", () => storage.ClearStateAsync(StateName, s_grain, b), b);
        await Step("clear a", () => storage.ClearStateAsync(StateName, s_grain, a), a);
        await Step("write a", () => storage.WriteStateAsync(StateName, s_grain, a), a);
        await Step("read b", () => storage.ReadStateAsync(StateName, s_grain, b), b);
        await Step("write b", () => storage.WriteStateAsync(StateName, s_grain, b), b);
        return log;
    }

    private async Task AssertStoredAsync(Counter state, string etag, bool recordExists)
    {
        var read = new TestGrainState<Counter>();
        await _storage.ReadStateAsync(StateName, s_grain, read);
        Assert.Equal(state, read.State);
        Assert.Equal(etag, read.ETag);
        Assert.Equal(recordExists, read.RecordExists);
    }
}
