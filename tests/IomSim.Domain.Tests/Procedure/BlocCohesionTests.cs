using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using IomSim.Domain.Procedure;
using IomSim.Domain.World;

namespace IomSim.Domain.Tests.Procedure;

/// <summary>The blocs' views of a motion, as <see cref="BlocLayout"/> computes them for a list of members.</summary>
public sealed class BlocCohesionTests
{
    private static readonly StateCode s_a = StateCode.Parse("AAA");
    private static readonly StateCode s_b = StateCode.Parse("BBB");
    private static readonly StateCode s_c = StateCode.Parse("CCC");
    private static readonly StateCode s_d = StateCode.Parse("DDD");

    [Fact]
    public void A_member_gets_the_mean_of_its_blocs_means_and_a_member_in_no_bloc_gets_none()
    {
        // north: A 1.0, B 0.0 -> 0.5; south: B 0.0, C -0.6 -> -0.3; B in both -> (0.5 - 0.3) / 2 = 0.1.
        var signals = Signals(
            [s_a, s_b, s_c, s_d],
            [1.0, 0.0, -0.6, 0.9],
            [["north"], ["north", "south"], ["south"], []]);

        Assert.Equal(0.5, signals[0]!.Value, 12);
        Assert.Equal(0.1, signals[1]!.Value, 12);
        Assert.Equal(-0.3, signals[2]!.Value, 12);
        Assert.Null(signals[3]);
    }

    [Fact]
    public void A_member_listed_twice_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Signals([s_b, s_a, s_b], [0.0, 0.0, 0.0], [["x"], ["x"], ["x"]]));
        Assert.Contains("BBB is listed twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_members_in_any_order_get_the_same_signals_to_the_last_bit()
    {
        var members = from size in Gen.Choose(1, 40)
                      from utilities in Gen.ArrayOf(Gen.Choose(-1000, 1000), size)
                      from blocs in Gen.ArrayOf(Gen.SubListOf("east", "west", "north", "south", "G77"), size)
                      from order in Gen.Shuffle(Enumerable.Range(0, size).ToArray())
                      select (Utilities: utilities, Blocs: blocs, Order: order);
        Prop.ForAll(members.ToArbitrary(), c =>
        {
            var codes = Enumerable.Range(0, c.Utilities.Length).Select(i => StateCode.Parse($"{(char)('A' + (i / 26))}{(char)('A' + (i % 26))}Q")).ToArray();
            var inCodeOrder = Signals(
                codes,
                c.Utilities.Select(u => u / 997.0).ToArray(),
                c.Blocs.Select(b => b.ToImmutableArray()).ToArray());
            var shuffled = Signals(
                c.Order.Select(i => codes[i]).ToArray(),
                c.Order.Select(i => c.Utilities[i] / 997.0).ToArray(),
                c.Order.Select(i => c.Blocs[i].ToImmutableArray()).ToArray());
            return c.Order.Select((i, k) => (Code: i, Signal: shuffled[k])).All(s => Nullable.Equals(inCodeOrder[s.Code], s.Signal));
        }).QuickCheckThrowOnFailure();
    }

    // One layout per call: what the Council and the direct procedure keep for all runs of an item.
    private static double?[] Signals(StateCode[] members, double[] baseUtilities, ImmutableArray<string>[] blocs) =>
        BlocLayout.Of([.. members], blocs).Signals(baseUtilities);
}
