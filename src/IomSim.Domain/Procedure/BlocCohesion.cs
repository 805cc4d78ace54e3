using System.Collections.Immutable;
using IomSim.Domain.World;

namespace IomSim.Domain.Procedure;

/// <summary>
/// The blocs' views of a motion: each bloc's mean base utility over its members present in the body, and for each
/// member the mean over its blocs. Members in no bloc get no signal.
/// </summary>
public static class BlocCohesion
{
    /// <summary>Each member's bloc signal.</summary>
    /// <param name="baseUtilities">Every member's own base utility.</param>
    /// <param name="blocsOf">The blocs each member belongs to (members missing here belong to none).</param>
    public static ImmutableDictionary<StateCode, double> Signals(
        IReadOnlyDictionary<StateCode, double> baseUtilities,
        IReadOnlyDictionary<StateCode, ImmutableArray<string>> blocsOf)
    {
        ArgumentNullException.ThrowIfNull(baseUtilities);
        ArgumentNullException.ThrowIfNull(blocsOf);
        var sums = new Dictionary<string, (double Sum, int Count)>(StringComparer.Ordinal);
        // In code order, so the floating-point sums do not depend on the order in which members answered.
        foreach (var member in baseUtilities.Keys.Order())
        {
            var utility = baseUtilities[member];
            foreach (var bloc in blocsOf.GetValueOrDefault(member, []))
            {
                var (sum, count) = sums.GetValueOrDefault(bloc);
                sums[bloc] = (sum + utility, count + 1);
            }
        }

        var signals = ImmutableDictionary.CreateBuilder<StateCode, double>();
        foreach (var member in baseUtilities.Keys)
        {
            var blocs = blocsOf.GetValueOrDefault(member, []);
            if (blocs.Length > 0)
            {
                signals[member] = blocs.Average(b => sums[b].Sum / sums[b].Count);
            }
        }

        return signals.ToImmutable();
    }
}
