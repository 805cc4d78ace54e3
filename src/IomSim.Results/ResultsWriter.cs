using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace IomSim.Results;

/// <summary>
/// Stores runs handed over by any number of threads into one results store, on a thread of its own: each transaction
/// takes every run waiting when the last one committed (up to <see cref="MaxRunsPerTransaction"/>), so the commits
/// keep pace with the players without one per run, and the players wait for the store only when runs pile up beyond
/// the queue. The store's connection is used by this thread alone until <see cref="Complete"/> returns.
/// </summary>
/// <remarks>
/// Transactions hold whole runs, so a program killed while storing leaves whole runs only; runs still queued are lost
/// with it, and a resumed sweep plays them again. If storing fails, later runs are dropped and the error is thrown by
/// <see cref="Complete"/>, on the caller's thread, as the store threw it.
/// </remarks>
public sealed class ResultsWriter : IDisposable
{
    /// <summary>The most runs in one transaction: as many as a whole result is stored with.</summary>
    public const int MaxRunsPerTransaction = ResultsTables.RunsPerTransaction;

    private readonly IResultsStore _store;
    private readonly BlockingCollection<StoredRun> _queue;
    private readonly Thread _thread;
    private ExceptionDispatchInfo? _failure;
    private int _stored;
    private bool _completed;

    /// <summary>Starts a writer into <paramref name="store"/>, holding at most <paramref name="capacity"/> runs not yet stored.</summary>
    public ResultsWriter(IResultsStore store, int capacity = 4 * MaxRunsPerTransaction)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _store = store;
        _queue = new BlockingCollection<StoredRun>(capacity);
        _thread = new Thread(Write) { Name = "iomsim results writer", IsBackground = true };
        _thread.Start();
    }

    /// <summary>How many runs are committed so far.</summary>
    public int Stored => Volatile.Read(ref _stored);

    /// <summary>Whether a transaction failed: nothing more is stored, and <see cref="Complete"/> throws the error.</summary>
    public bool HasFailed => Volatile.Read(ref _failure) is not null;

    /// <summary>
    /// Queues <paramref name="run"/> to be stored; from any thread. Waits while the queue is full. Once storing has
    /// failed the run is dropped (<see cref="Complete"/> throws the failure).
    /// </summary>
    /// <exception cref="InvalidOperationException">The writer was completed.</exception>
    public void Add(StoredRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (Volatile.Read(ref _failure) is not null)
        {
            return;
        }

        try
        {
            _queue.Add(run);
        }
        catch (InvalidOperationException) when (Volatile.Read(ref _failure) is not null)
        {
            // Storing failed while this thread waited for room: the run is dropped like any later one.
        }
    }

    /// <summary>Stores every run queued so far, stops the writer and returns how many runs it stored.</summary>
    /// <exception cref="Exception">Whatever the store threw when a transaction failed (no later run was stored).</exception>
    public int Complete()
    {
        Finish();
        _failure?.Throw();
        return Stored;
    }

    /// <summary>Stores what is queued and stops, as <see cref="Complete"/>, without throwing a failure (a caller already failing keeps its own error).</summary>
    public void Dispose()
    {
        Finish();
        _queue.Dispose();
    }

    private void Finish()
    {
        if (!_completed)
        {
            _completed = true;
            _queue.CompleteAdding();
            _thread.Join();
        }
    }

    private void Write()
    {
        var batch = new List<StoredRun>(MaxRunsPerTransaction);
        try
        {
            while (_queue.TryTake(out var first, Timeout.Infinite))
            {
                batch.Add(first);
                while (batch.Count < MaxRunsPerTransaction && _queue.TryTake(out var next))
                {
                    batch.Add(next);
                }

                _store.Save(batch);
                Interlocked.Add(ref _stored, batch.Count);
                batch.Clear();
            }
        }
        catch (Exception error)
        {
            Volatile.Write(ref _failure, ExceptionDispatchInfo.Capture(error));

            // Wakes any player waiting for room; they see the failure and drop their runs.
            _queue.CompleteAdding();
        }
    }
}
