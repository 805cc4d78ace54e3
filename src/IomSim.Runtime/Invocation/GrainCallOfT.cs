using System.ComponentModel;

namespace IomSim.Runtime.Invocation;

/// <summary>A grain call with a result of type <typeparamref name="TResult"/>; generated code derives from it.</summary>
/// <typeparam name="TResult">The method's result (<see cref="None"/> for a plain <see cref="Task"/>).</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class GrainCall<TResult> : GrainCall
{
    private TaskCompletionSource<TResult>? _promise;
    private Task<TResult>? _pending;

    /// <summary>Runs the grain method; generated code casts the grain to the interface and passes the arguments.</summary>
    /// <param name="grain">The grain instance.</param>
    protected abstract ValueTask<TResult> InvokeAsync(Grain grain);

    /// <summary>Creates the task the caller awaits.</summary>
    /// <param name="runContinuationsAsynchronously">
    /// True when the caller is outside the runtime: its continuation must not run inside the callee's turn.
    /// </param>
    internal Task<TResult> CreatePromise(bool runContinuationsAsynchronously)
    {
        _promise = new TaskCompletionSource<TResult>(
            runContinuationsAsynchronously ? TaskCreationOptions.RunContinuationsAsynchronously : TaskCreationOptions.None);
        return _promise.Task;
    }

    internal sealed override void Start(Grain? grain)
    {
        ValueTask<TResult> pending;
        try
        {
            // Null only for the activation call, which constructs the grain and ignores the argument.
            pending = InvokeAsync(grain!);
        }
        catch (Exception error)
        {
            Finish(default, error);
            return;
        }

        if (pending.IsCompleted)
        {
            Complete(pending);
            return;
        }

        // A task-backed ValueTask gives back its own task here; only a ValueTask source costs an allocation.
        _pending = pending.AsTask();

        // Captured on purpose: with ConfigureAwait(false), .NET would not run this inline under the grain's
        // synchronization context but hand it to the thread pool. Posted back, it runs as one more turn of the grain.
        _pending.GetAwaiter().UnsafeOnCompleted(CompletePending);
    }

    internal sealed override void Fail(Exception error) => Finish(default, error);

    private void CompletePending() => Complete(new ValueTask<TResult>(_pending!));

    private void Complete(ValueTask<TResult> finished)
    {
        TResult result;
        try
        {
            result = finished.GetAwaiter().GetResult();
        }
        catch (Exception error)
        {
            Finish(default, error);
            return;
        }

        Finish(result, null);
    }

    private void Finish(TResult? result, Exception? error)
    {
        // Release the grain first, so that the next queued call is admitted before the caller resumes.
        MarkFinished(error);
        var promise = _promise ?? throw new InvalidOperationException($"{Describe()} finished before its caller awaited it.");
        if (error is null)
        {
            promise.SetResult(result!);
        }
        else if (error is OperationCanceledException cancelled)
        {
            promise.SetCanceled(cancelled.CancellationToken);
        }
        else
        {
            promise.SetException(error);
        }
    }
}
