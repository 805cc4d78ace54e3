namespace IomSim.Grains;

/// <summary>
/// Asks many grains at once and reads their answers back in the order asked, whatever order they arrive in: sums and
/// tallies made from them then come out the same on one silo or several.
/// </summary>
internal static class FanOut
{
    /// <summary>Starts <paramref name="ask"/> for every place from 0 to <paramref name="count"/>, then awaits each in turn.</summary>
    public static async Task<T[]> InOrder<T>(int count, Func<int, ValueTask<T>> ask)
    {
        // Each call's ValueTask is kept only to be awaited once, below: all are started before the first is awaited.
#pragma warning disable CA2012
        var asked = new ValueTask<T>[count];
        for (var i = 0; i < count; i++)
        {
            asked[i] = ask(i);
        }
#pragma warning restore CA2012

        var answers = new T[count];
        for (var i = 0; i < count; i++)
        {
            answers[i] = await asked[i];
        }

        return answers;
    }
}
