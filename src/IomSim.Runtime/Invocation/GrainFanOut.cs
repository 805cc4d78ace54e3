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
    [SuppressMessage("Reliability", "CA2012:Use ValueTasks correctly", Justification = "A call not finished at once is kept only to be awaited once, after all are sent.")]
    public static async ValueTask<TResult[]> AskAll<TGrain, TResult>(IReadOnlyList<TGrain> grains, Func<TGrain, int, ValueTask<TResult>> ask)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(ask);

        // On the deterministic scheduler most answers are ready as soon as the call returns; only the others are kept.
        var answers = new TResult[grains.Count];
        List<(int Index, ValueTask<TResult> Call)>? pending = null;
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

        if (pending is not null)
        {
            foreach (var (index, call) in pending)
            {
                answers[index] = await call;
            }
        }

        return answers;
    }
}
