using System.Diagnostics.CodeAnalysis;

namespace IomSim.Runtime;

/// <summary>
/// Asks many grains at once and gathers their answers in order: every call is sent before any answer is awaited, so the
/// grains work concurrently (on the deterministic scheduler, in the fixed order of the list), and an answer that was
/// ready at once costs no task.
/// </summary>
public static class GrainFanOut
{
    /// <summary>
    /// Sends <paramref name="ask"/> to each of <paramref name="grains"/> and returns the answers, <paramref name="grains"/>[i]'s
    /// at [i]. The first failure, in list order, is thrown once every call has been sent.
    /// </summary>
    public static async ValueTask<TResult[]> AskAll<TGrain, TResult>(IReadOnlyList<TGrain> grains, Func<TGrain, int, ValueTask<TResult>> ask)
    {
        ArgumentNullException.ThrowIfNull(grains);
        var answers = new TResult[grains.Count];
        await AskAll(grains, ask, answers);
        return answers;
    }

    /// <summary>
    /// As <see cref="AskAll{TGrain, TResult}(IReadOnlyList{TGrain}, Func{TGrain, int, ValueTask{TResult}})"/>, into
    /// <paramref name="answers"/> (as long as <paramref name="grains"/>): a caller that asks the same grains again and again
    /// keeps one array for their answers instead of a new one each time. The answers are all in once the returned task has
    /// finished; when every grain answered at once, it has finished on return.
    /// </summary>
    [SuppressMessage("Reliability", "CA2012:Use ValueTasks correctly", Justification = "A call not finished at once is kept only to be awaited once, after all are sent.")]
    public static ValueTask AskAll<TGrain, TResult>(IReadOnlyList<TGrain> grains, Func<TGrain, int, ValueTask<TResult>> ask, TResult[] answers)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(ask);
        ArgumentNullException.ThrowIfNull(answers);
        if (answers.Length != grains.Count)
        {
            throw new ArgumentException($"{grains.Count} grains but room for {answers.Length} answers.", nameof(answers));
        }

        // On the deterministic scheduler most answers are ready as soon as the call returns; only the others are kept.
        List<(int Index, ValueTask<TResult> Call)>? pending = null;
        try
        {
            for (var i = 0; i < answers.Length; i++)
            {
                var call = ask(grains[i], i);
                if (call.IsCompletedSuccessfully)
                {
                    answers[i] = call.Result;
                }
                else
                {
                    (pending ??= []).Add((i, call));
                }
            }
        }
        catch (Exception error)
        {
            // As from an async method: a question that throws as it is asked fails the task, it does not throw here.
            return ValueTask.FromException(error);
        }

        return pending is null ? ValueTask.CompletedTask : AwaitPending(pending, answers);
    }

    private static async ValueTask AwaitPending<TResult>(List<(int Index, ValueTask<TResult> Call)> pending, TResult[] answers)
    {
        foreach (var (index, call) in pending)
        {
            answers[index] = await call;
        }
    }
}
