using System.Collections.Immutable;
using IomSim.Domain.World;

namespace IomSim.Domain.Procedure;

/// <summary>
/// The blocs' views of a motion: each bloc's mean base utility over its members present in the body, and for each
/// member the mean over its blocs. Members in no bloc get no signal.
/// </summary>
public static class BlocCohesion
{
    /// <summary>
    /// Each member's bloc signal, over plain arrays, as the Council computes it for every item of every run:
    /// <paramref name="baseUtilities"/>[i] and <paramref name="blocs"/>[i] are <paramref name="members"/>[i]'s, and so is the
    /// answer's [i] (null: in no bloc).
    /// </summary>
    public static double?[] Signals(ReadOnlySpan<StateCode> members, ReadOnlySpan<double> baseUtilities, ReadOnlySpan<ImmutableArray<string>> blocs)
    {
        if (baseUtilities.Length != members.Length || blocs.Length != members.Length)
        {
            throw new ArgumentException($"{members.Length} members but {baseUtilities.Length} utilities and {blocs.Length} bloc lists.", nameof(members));
        }

        // Summed in code order, so the floating-point sums do not depend on the order in which members answered.
        var sums = new Dictionary<string, (double Sum, int Count)>(StringComparer.Ordinal);
        foreach (var i in CodeOrder.Of(members))
        {
            foreach (var bloc in blocs[i].IsDefault ? [] : blocs[i])
            {
                var (sum, count) = sums.GetValueOrDefault(bloc);
                sums[bloc] = (sum + baseUtilities[i], count + 1);
            }
        }

        var signals = new double?[members.Length];
        for (var i = 0; i < members.Length; i++)
        {
            if (blocs[i].IsDefaultOrEmpty)
            {
                continue;
            }

            // The mean of the blocs' means, summed in the member's own order of its blocs.
            var total = 0.0;
            foreach (var bloc in blocs[i])
            {
                var (sum, count) = sums[bloc];
                total += sum / count;
            }

            signals[i] = total / blocs[i].Length;
        }

        return signals;
    }
}
