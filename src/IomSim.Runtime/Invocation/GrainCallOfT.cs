using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace IomSim.Runtime.Invocation;

/// <summary>A grain call with a result of type <typeparamref name="TResult"/>; generated code derives from it.</summary>
/// <typeparam name="TResult">The method's result (<see cref="None"/> for a plain <see cref="Task"/>).</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class GrainCall<TResult> : GrainCall
{
    // Calls from inside the runtime complete through a method builder: one allocation (its task) instead of two, and
    // none when the call finished before anyone asked for its task (the builder then hands out a completed one).
    private AsyncTaskMethodBuilder<TResult> _promise;
    private TaskCompletionSource<TResult>? _externalPromise;
    private Task<TResult>? _pending;

    // On the single-threaded scheduler a call usually finishes while it is dispatched, before its caller asks for a
    // task: the outcome waits here, and a caller that takes a ValueTask gets the result with no task at all.
    private bool _promiseTaken;
    private bool _finishedUntaken;
    private TResult? _untakenResult;
    private Exception? _untakenError;

    /// <summary>Runs the grain method; generated code casts the grain to the interface and passes the arguments.</summary>
    /// <param name="grain">The grain instance.</param>
    protected abstract ValueTask<TResult> InvokeAsync(Grain grain);

    /// <summary>Creates the task the caller awaits.</summary>
    /// <param name="runContinuationsAsynchronously">
    /// True when the caller is outside the runtime: its continuation must not run inside the callee's turn.
    /// </param>
    internal Task<TResult> CreatePromise(bool runContinuationsAsynchronously)
    {
        if (runContinuationsAsynchronously)
        {
            _externalPromise = new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously);
            return _externalPromise.Task;
        }

        _promiseTaken = true;
        return _promise.Task;
    }

    /// <summary>
    /// The task the caller awaits, asked for after dispatch. Only on the single-threaded scheduler: the builder is not
    /// safe against a call finishing on another thread while its task is being created.
    /// </summary>
    internal Task<TResult> PromiseAfterDispatch()
    {
        _promiseTaken = true;
        if (_finishedUntaken)
        {
            _finishedUntaken = false;
            Publish(_untakenResult, _untakenError);
            _untakenResult = default;
            _untakenError = null;
        }

        return _promise.Task;
    }

    /// <summary>
    /// The result of a call that already succeeded and whose task nobody has taken, for a caller that awaits a
    /// <see cref="ValueTask{TResult}"/>; false otherwise (then the caller takes <see cref="PromiseAfterDispatch"/>).
    /// Only on the single-threaded scheduler, as <see cref="PromiseAfterDispatch"/>.
    /// </summary>
    internal bool TryTakeResult(out TResult result)
    {
        if (_finishedUntaken && _untakenError is null)
        {
            _finishedUntaken = false;
            _promiseTaken = true;
            result = _untakenResult!;
            _untakenResult = default;
            return true;
        }

        result = default!;
        return false;
    }

    /// <summary>
    /// After <see cref="TryTakeResult"/> handed the result back: makes the call ready for reuse if nothing else can reach
    /// it (it finished within its first turn, made no call of its own and had no continuation posted to it).
    /// </summary>
    internal bool TryPrepareForReuse()
    {
        if (!IsFinished || IsHeldElsewhere || _pending is not null || _externalPromise is not null || !HasCaller)
        {
            return false;
        }

        PrepareForReuse();
        return true;
    }

    private protected override void PrepareForReuse()
    {
        _promise = default;
        _promiseTaken = false;
        _finishedUntaken = false;
        _untakenResult = default;
        _untakenError = null;
        base.PrepareForReuse();
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

        // The usual case on the deterministic scheduler: a result at once, read without the awaiter's exception path.
        if (pending.IsCompletedSuccessfully)
        {
            Finish(pending.Result, null);
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
        if (!HasCaller)
        {
            return;
        }

        if (_externalPromise is { } external)
        {
            if (error is null)
            {
                external.SetResult(result!);
            }
            else if (error is OperationCanceledException cancelled)
            {
                external.SetCanceled(cancelled.CancellationToken);
            }
            else
            {
                external.SetException(error);
            }
        }
        else if (!_promiseTaken)
        {
            _finishedUntaken = true;
            _untakenResult = result;
            if (error is not null)
            {
                _untakenError = error;
            }
        }
        else
        {
            Publish(result, error);
        }
    }

    private void Publish(TResult? result, Exception? error)
    {
        if (error is null)
        {
            _promise.SetResult(result!);
        }
        else
        {
            // An OperationCanceledException makes the task cancelled rather than faulted, as in an async method.
            _promise.SetException(error);
        }
    }
}
