using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using IomSim.Engine.Sweeps;
using IomSim.Scenarios;
using IomSim.Scenarios.Experiments;

namespace IomSim.Engine.Tests.Sweeps;

/// <summary>Random and Latin-hypercube designs: within the ranges, one sample per stratum of every number, the same settings for a seed.</summary>
public sealed class SampledDesignTests
{
    private static readonly string[] s_paths =
        ["parameters.noise", "parameters.relation_weight", "behaviour.*.abstention_band", "relation.UKR.RUS", "parameters.admission_baseline"];

    // A design to check: how many samples, and for each number used a range within its path's limits.
    private static Gen<(int Samples, ImmutableArray<(ScenarioSettingPath Path, double From, double To)> Ranges, ulong Seed)> Designs() =>
        from samples in Gen.Choose(1, 300)
        from dimensions in Gen.Choose(1, s_paths.Length)
        from ends in Gen.ArrayOf(Gen.Choose(0, 1000).Two(), dimensions)
        from seed in Gen.Choose(0, int.MaxValue)
        select (samples, Ranges(dimensions, [.. ends.Select(e => (e.Item1, e.Item2))]), (ulong)seed);

    [Fact]
    public void A_latin_hypercube_puts_exactly_one_sample_in_each_stratum_of_every_number_within_its_range()
    {
        Prop.ForAll(Designs().ToArbitrary(), design =>
        {
            var (samples, ranges, seed) = design;
            var points = SampledDesign.Points(ExperimentDesign.LatinHypercube, ranges, samples, seed);

            Assert.Equal(samples, points.Length);
            for (var axis = 0; axis < ranges.Length; axis++)
            {
                var (_, from, to) = ranges[axis];
                var column = points.Select(p => p[axis]).ToArray();
                Assert.All(column, v => Assert.InRange(v, from, to));
                var strata = column.Select(v => (int)Math.Floor((v - from) / (to - from) * samples)).Order().ToArray();
                Assert.Equal(Enumerable.Range(0, samples), strata);
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_design_gives_the_same_settings_for_the_same_seed_and_others_for_another()
    {
        Prop.ForAll(Designs().ToArbitrary(), design =>
        {
            var (samples, ranges, seed) = design;
            foreach (var kind in new[] { ExperimentDesign.LatinHypercube, ExperimentDesign.Random })
            {
                var once = SampledDesign.Of(kind, ranges, samples, seed).Settings;
                var again = SampledDesign.Of(kind, ranges, samples, seed).Settings;
                Assert.Equal(once.Select(s => s.Text), again.Select(s => s.Text));
                if (samples >= 2)
                {
                    var other = SampledDesign.Of(kind, ranges, samples, seed + 1).Settings;
                    Assert.NotEqual(once.Select(s => s.Text), other.Select(s => s.Text));
                }
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_random_design_stays_within_every_range()
    {
        Prop.ForAll(Designs().ToArbitrary(), design =>
        {
            var (samples, ranges, seed) = design;
            var points = SampledDesign.Points(ExperimentDesign.Random, ranges, samples, seed);

            Assert.Equal(samples, points.Length);
            Assert.All(points, p => Assert.All(p.Select((v, axis) => (v, axis)), x => Assert.InRange(x.v, ranges[x.axis].From, ranges[x.axis].To)));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_random_design_spreads_over_its_range_rather_than_clustering()
    {
        var ranges = Ranges(1, [(0, 1000)]);
        var values = SampledDesign.Points(ExperimentDesign.Random, ranges, 2000, 7).Select(p => p[0]).ToArray();

        // Uniform on [0, 10): each tenth holds 200 ± a few standard deviations (sd ≈ 13).
        var tenths = values.GroupBy(v => (int)v).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(10, tenths.Count);
        Assert.All(tenths.Values, count => Assert.InRange(count, 140, 260));
    }

    [Fact]
    public void Settings_carry_their_values_in_their_key_text_and_the_nearest_of_the_evenly_spaced_values_as_level()
    {
        var ranges = Ranges(2, [(0, 1000), (0, 500)]);
        var (axes, settings) = SampledDesign.Of(ExperimentDesign.LatinHypercube, ranges, 16, 3);

        Assert.All(axes, a => Assert.Equal(SampledDesign.Bins(16), a.Steps));
        Assert.Equal(4, SampledDesign.Bins(16));
        foreach (var setting in settings)
        {
            Assert.Equal($"parameters.noise={SweepSetting.Format(setting.Values[0])};parameters.relation_weight={SweepSetting.Format(setting.Values[1])}", setting.Text);
            for (var axis = 0; axis < 2; axis++)
            {
                var nearest = axes[axis].Values.Select((v, i) => (Distance: Math.Abs(v - setting.Values[axis]), i)).MinBy(x => x.Distance).i;
                Assert.Equal(nearest, setting.Levels[axis]);
            }
        }
    }

    // Ranges on the first n paths, each end pair scaled into the path's limits, from below to.
    private static ImmutableArray<(ScenarioSettingPath Path, double From, double To)> Ranges(int n, (int, int)[] ends) =>
        [.. Enumerable.Range(0, n).Select(i =>
        {
            Assert.True(ScenarioSettingPath.TryParse(s_paths[i], out var path, out _));
            var (a, b) = ends[i];
            var (low, high) = (Math.Min(a, b), Math.Max(a, b) + 1);
            double At(int permille) => path!.Min + ((path.Max - path.Min) * permille / 1001.0);
            return (path!, At(low), At(high));
        })];
}
