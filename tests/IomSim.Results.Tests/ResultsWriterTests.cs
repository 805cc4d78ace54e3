using IomSim.Testing;

namespace IomSim.Results.Tests;

public sealed class ResultsWriterTests : IDisposable
{
    private readonly TemporaryDatabase _file = new();

    [Fact]
    public void Runs_handed_over_by_many_threads_are_each_stored_once_and_load_back_as_given()
    {
        var runs = StoredRuns.From(SyntheticResults.Of(runs: 3_000));
        using var store = new ResultsStore(_file.FilePath);
        int stored;
        using (var writer = new ResultsWriter(store, capacity: 16))
        {
            // A small queue, so the players also wait for room; the order they add in is not the run order.
            Parallel.ForEach(runs.Reverse(), new ParallelOptions { MaxDegreeOfParallelism = 4 }, writer.Add);
            stored = writer.Complete();
        }

        Assert.Equal(runs.Length, stored);
        Assert.Equal<StoredRun>(runs, store.Load("abc123", 7));
    }

    [Fact]
    public void Disposing_the_writer_stores_what_was_queued_before_it_stops()
    {
        var runs = StoredRuns.From(SyntheticResults.Of(runs: 40));
        using var store = new ResultsStore(_file.FilePath);
        using (var writer = new ResultsWriter(store))
        {
            foreach (var run in runs)
            {
                writer.Add(run);
            }
        }

        Assert.Equal(40, store.Load("abc123", 7).Length);
    }

    [Fact]
    public void A_failed_transaction_is_thrown_by_Complete_and_later_runs_are_dropped_not_stored()
    {
        var runs = StoredRuns.From(SyntheticResults.Of(runs: 3));
        var broken = runs[1] with { Events = [runs[1].Events[0] with { EventId = null! }] };
        using var store = new ResultsStore(_file.FilePath);
        var writer = new ResultsWriter(store);
        writer.Add(runs[0]);
        Assert.Equal(1, WaitUntilStored(writer, 1));
        writer.Add(broken);
        WaitUntilFailed(writer, runs[2]);
        Assert.True(writer.HasFailed);

        Assert.ThrowsAny<Microsoft.Data.Sqlite.SqliteException>(() => writer.Complete());
        writer.Dispose();
        Assert.Equal<StoredRun>([runs[0]], store.Load("abc123", 7));
    }

    [Fact]
    public void A_run_added_after_Complete_is_refused()
    {
        using var store = new ResultsStore(_file.FilePath);
        using var writer = new ResultsWriter(store);
        Assert.Equal(0, writer.Complete());

        Assert.Throws<InvalidOperationException>(() => writer.Add(StoredRuns.From(SyntheticResults.Of(runs: 1))[0]));
    }

    [Fact]
    public void A_batch_is_one_transaction_so_one_bad_run_stores_none_of_it()
    {
        var runs = StoredRuns.From(SyntheticResults.Of(runs: 3));
        using var store = new ResultsStore(_file.FilePath);
        store.Save(runs[0]);
        var broken = runs[2] with { Events = [runs[2].Events[0] with { Outcome = null! }] };

        Assert.ThrowsAny<Exception>(() => store.Save([runs[1] with { Version = "0.0.1" }, runs[0] with { Version = "0.0.2" }, broken]));

        Assert.Equal<StoredRun>([runs[0]], store.Load("abc123", 7));
    }

    [Fact]
    public void A_batch_replaces_runs_stored_before_and_a_run_listed_twice_is_stored_as_its_last_listing()
    {
        var runs = StoredRuns.From(SyntheticResults.Of(runs: 2, version: "0.0.9"));
        using var store = new ResultsStore(_file.FilePath);
        store.Save(runs);

        store.Save([runs[1] with { Version = "0.1.0" }, runs[0] with { Version = "0.1.0" }, runs[0] with { Version = "0.1.1" }]);

        Assert.Equal(["0.1.1", "0.1.0"], store.Load("abc123", 7).Select(r => r.Version));
    }

    public void Dispose() => _file.Dispose();

    // The writer commits on its own thread; the test waits (generously) for what it asserts on.
    private static int WaitUntilStored(ResultsWriter writer, int runs)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (writer.Stored < runs && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(5);
        }

        return writer.Stored;
    }

    // Adds probe runs until the writer has failed (its next Complete throws); each probe is dropped, not stored.
    private static void WaitUntilFailed(ResultsWriter writer, StoredRun probe)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (DateTime.UtcNow < deadline && !writer.HasFailed)
        {
            Thread.Sleep(5);
        }

        writer.Add(probe);
    }
}
