using System.Collections.Immutable;

namespace IomSim.Results.Tests;

/// <summary>
/// Several writers, each with a store of its own (its own connection, as separate processes have), storing the same
/// runs into one store at once, batch after batch in the same order, as two programs playing the same sweep do: the
/// first two writers take each batch's runs forwards (they meet on the same run), the others backwards (they meet the
/// first two from the other end). Shared by the SQLite and PostgreSQL tests.
/// </summary>
internal static class ConcurrentWriters
{
    /// <summary>The runs every writer stores: 240 runs of two items.</summary>
    public static ImmutableArray<StoredRun> Runs { get; } = StoredRuns.From(SyntheticResults.Of(runs: 240));

    /// <summary>
    /// Lets <paramref name="writers"/> writers store <see cref="Runs"/> through stores from <paramref name="open"/>, all
    /// starting together; returns the errors they met (none, when storing a run is idempotent).
    /// </summary>
    public static IReadOnlyList<Exception> Store(int writers, Func<IResultsStore> open, int batchSize = 24)
    {
        var stores = Enumerable.Range(0, writers).Select(_ => open()).ToArray();
        try
        {
            var start = new Barrier(writers);
            var errors = new List<Exception>();
            var threads = stores.Select((store, writer) => new Thread(() =>
            {
                start.SignalAndWait();
                try
                {
                    foreach (var batch in Runs.Chunk(batchSize))
                    {
                        store.Save(writer < 2 ? batch : [.. batch.Reverse()]);
                    }
                }
                catch (Exception error)
                {
                    lock (errors)
                    {
                        errors.Add(error);
                    }
                }
            })).ToArray();
            foreach (var thread in threads)
            {
                thread.Start();
            }

            foreach (var thread in threads)
            {
                thread.Join();
            }

            return errors;
        }
        finally
        {
            foreach (var store in stores)
            {
                store.Dispose();
            }
        }
    }

    /// <summary>What a store holds after the writers: each run once, as given.</summary>
    public static void AssertStoredOnce(IResultsStore store)
    {
        var loaded = store.Load("abc123", 7);
        Assert.Equal(Runs.Select(r => r.RunIndex), loaded.Select(r => r.RunIndex));
        Assert.Equal<StoredRun>(Runs, loaded);
    }
}
