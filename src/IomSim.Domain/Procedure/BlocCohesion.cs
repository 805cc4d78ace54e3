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
    /// Each member's bloc signal, over plain arrays: <paramref name="baseUtilities"/>[i] and <paramref name="blocs"/>[i] are
    /// <paramref name="members"/>[i]'s, and so is the answer's [i] (null: in no bloc). Each bloc's sum adds its members in
    /// code order, so the floating-point sums do not depend on the order in which members answered; each member's signal
    /// adds its blocs' means in its own order of its blocs. The Council and the direct procedure keep a
    /// <see cref="BlocLayout"/> for the runs of an item; this lays the members out afresh for one call.
    /// </summary>
    public static double?[] Signals(ReadOnlySpan<StateCode> members, ReadOnlySpan<double> baseUtilities, ReadOnlySpan<ImmutableArray<string>> blocs)
    {
        if (baseUtilities.Length != members.Length || blocs.Length != members.Length)
        {
            throw new ArgumentException($"{members.Length} members but {baseUtilities.Length} utilities and {blocs.Length} bloc lists.", nameof(members));
        }

        return BlocLayout.Of([.. members], blocs).Signals(baseUtilities);
    }
}
