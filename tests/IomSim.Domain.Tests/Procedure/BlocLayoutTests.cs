using System.Collections.Immutable;
using System.Runtime.InteropServices;
using FsCheck;
using FsCheck.Fluent;
using IomSim.Domain.Decisions;
using IomSim.Domain.Procedure;
using IomSim.Domain.World;

namespace IomSim.Domain.Tests.Procedure;

public sealed class BlocLayoutTests
{
    private static readonly string[] s_blocNames = ["east", "west", "north", "south", "G77", "EU"];

    // Members listed in any order, utilities of very different sizes (so that the order of additions shows in the last
    // bit), and bloc lists that may be default, empty, or name a bloc twice.
    private static readonly Gen<(StateCode[] Members, double[] Utilities, ImmutableArray<string>[] Blocs)> s_bodies =
        from size in Gen.Choose(1, 40)
        from mantissas in Gen.ArrayOf(Gen.Choose(-1_000_000, 1_000_000), size)
        from exponents in Gen.ArrayOf(Gen.Choose(-30, 30), size)
        from blocs in Gen.ArrayOf(BlocLists(), size)
        from order in Gen.Shuffle(Enumerable.Range(0, size).ToArray())
        select (
            order.Select(Code).ToArray(),
            order.Select(i => mantissas[i] * Math.Pow(2, exponents[i]) / 997.0).ToArray(),
            order.Select(i => blocs[i]).ToArray());

    [Fact]
    public void The_layouts_signals_are_the_plain_computations_to_the_last_bit_in_any_listing_order()
    {
        Prop.ForAll(s_bodies.ToArbitrary(), body =>
        {
            var layout = BlocLayout.Of([.. body.Members], body.Blocs);
            var expected = Reference(body.Members, body.Utilities, body.Blocs);

            // A layout serves every run: the second run's utilities are not mixed with the first's, and signals written
            // over an array that held others leave nothing of them (a member in no bloc gets null, not what was there).
            double[] second = [.. body.Utilities.Select(u => -u / 3)];
            var reused = Enumerable.Repeat<double?>(42.0, body.Members.Length).ToArray();
            layout.Signals(second, reused);
            return SameBits(expected, layout.Signals(body.Utilities))
                && SameBits(Reference(body.Members, second, body.Blocs), layout.Signals(second))
                && SameBits(Reference(body.Members, second, body.Blocs), reused);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_layout_fits_only_the_members_and_the_very_bloc_lists_it_was_built_from()
    {
        var cases = s_bodies.SelectMany(b => Gen.Choose(0, b.Members.Length - 1).Select(changed => (Body: b, Changed: changed))).ToArbitrary();
        Prop.ForAll(cases, c =>
        {
            var (members, utilities, blocs) = c.Body;
            var layout = BlocLayout.Of([.. members], blocs);

            // Another list with the same blocs is still another list: the layout is rebuilt rather than trusted.
            var copied = (ImmutableArray<string>[])blocs.Clone();
            var copy = new string[blocs[c.Changed].IsDefault ? 0 : blocs[c.Changed].Length];
            blocs[c.Changed].AsSpan().CopyTo(copy);
            copied[c.Changed] = ImmutableCollectionsMarshal.AsImmutableArray(copy);
            var moved = (ImmutableArray<string>[])blocs.Clone();
            moved[c.Changed] = ["elsewhere"];
            var otherMembers = members.Select((m, i) => i == c.Changed ? StateCode.Parse("ZZZ") : m).ToImmutableArray();
            var fits = layout.Fits([.. members], (ImmutableArray<string>[])blocs.Clone())
                && !layout.Fits([.. members], copied)
                && !layout.Fits([.. members], moved)
                && !layout.Fits(otherMembers, blocs)
                && !layout.Fits([.. members.Skip(1)], blocs.AsSpan(1));

            // A member that answers another list is honoured by the layout built from the new answers.
            return fits && SameBits(Reference(members, utilities, moved), BlocLayout.Of([.. members], moved).Signals(utilities));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_roster_has_one_layout_even_when_asked_from_several_threads_and_a_changed_roster_gets_its_own()
    {
        var members = Enumerable.Range(0, 30).Select(i => new MemberProfile(Code(i), new PolicyPosition(0, 0), 0.5, 0.1, 1.0)).ToImmutableArray();
        var roster = CouncilRoster.Of(members) with
        {
            BlocsOf = members.ToImmutableDictionary(m => m.Code, m => ImmutableArray.Create(m.Code.Value[1] < 'M' ? "north" : "south")),
        };
        var utilities = Enumerable.Range(0, 30).Select(i => i / 7.0).ToArray();

        var layouts = new BlocLayout[16];
        Parallel.For(0, layouts.Length, i => layouts[i] = BlocLayout.Of(roster));
        Assert.All(layouts, l => Assert.Same(layouts[0], l));

        var moved = roster with { BlocsOf = roster.BlocsOf.SetItem(Code(0), ["south", "east"]) };
        Assert.NotSame(layouts[0], BlocLayout.Of(moved));
        var codes = members.Select(m => m.Code).ToArray();
        Assert.True(SameBits(Reference(codes, utilities, [.. codes.Select(c => roster.BlocsOf[c])]), BlocLayout.Of(roster).Signals(utilities)));
        Assert.True(SameBits(Reference(codes, utilities, [.. codes.Select(c => moved.BlocsOf[c])]), BlocLayout.Of(moved).Signals(utilities)));
        Assert.NotEqual(BlocLayout.Of(roster).Signals(utilities)[0], BlocLayout.Of(moved).Signals(utilities)[0]);
    }

    [Fact]
    public void Utilities_for_another_number_of_members_are_refused()
    {
        var layout = BlocLayout.Of([Code(0), Code(1)], [["x"], ["x"]]);
        var error = Assert.Throws<ArgumentException>(() => layout.Signals([1.0]));
        Assert.Contains("2 members but 1 utilities", error.Message, StringComparison.Ordinal);
        var room = Assert.Throws<ArgumentException>(() => layout.Signals([1.0, 2.0], new double?[3]));
        Assert.Equal("signals", room.ParamName);
    }

    // The bloc signals as first defined: a map from bloc name to sum and count, the members added in code order, then each
    // member's blocs' means added in its own order and divided by its number of blocs.
    private static double?[] Reference(StateCode[] members, double[] utilities, ImmutableArray<string>[] blocs)
    {
        var sums = new Dictionary<string, (double Sum, int Count)>(StringComparer.Ordinal);
        foreach (var i in Enumerable.Range(0, members.Length).OrderBy(i => members[i]))
        {
            foreach (var bloc in blocs[i].IsDefault ? [] : blocs[i])
            {
                var (sum, count) = sums.GetValueOrDefault(bloc);
                sums[bloc] = (sum + utilities[i], count + 1);
            }
        }

        var signals = new double?[members.Length];
        for (var i = 0; i < members.Length; i++)
        {
            if (!blocs[i].IsDefaultOrEmpty)
            {
                var total = 0.0;
                foreach (var bloc in blocs[i])
                {
                    total += sums[bloc].Sum / sums[bloc].Count;
                }

                signals[i] = total / blocs[i].Length;
            }
        }

        return signals;
    }

    private static bool SameBits(double?[] expected, double?[] actual) =>
        expected.Length == actual.Length
        && expected.Zip(actual).All(p => p.First.HasValue == p.Second.HasValue
            && (p.First is null || BitConverter.DoubleToInt64Bits(p.First.Value) == BitConverter.DoubleToInt64Bits(p.Second!.Value)));

    private static Gen<ImmutableArray<string>> BlocLists() =>
        Gen.Frequency(
            (1, Gen.Constant(default(ImmutableArray<string>))),
            (1, Gen.Constant(ImmutableArray<string>.Empty)),
            (6, Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(Gen.Elements(s_blocNames), n)).Select(b => b.ToImmutableArray())));

    private static StateCode Code(int i) => StateCode.Parse($"{(char)('A' + (i / 26))}{(char)('A' + (i % 26))}Q");
}
