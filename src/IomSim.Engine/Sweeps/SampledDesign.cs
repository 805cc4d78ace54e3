using System.Collections.Immutable;
using IomSim.Domain.Randomness;
using IomSim.Scenarios;
using IomSim.Scenarios.Experiments;

namespace IomSim.Engine.Sweeps;

/// <summary>
/// The settings of a random or Latin-hypercube design: <c>samples</c> points within each number's range, drawn from
/// keyed counter-based streams (seed, the design's name, the path), so a seed always gives the same settings — a
/// resumed sweep finds its stored runs under the same keys. For the sensitivity measures each setting's level on a
/// number is the nearest of <see cref="Bins"/> evenly spaced values of its range.
/// </summary>
public static class SampledDesign
{
    /// <summary>The run index the design's streams are keyed with: no run of a scenario has it.</summary>
    private const int DesignRun = -1;

    /// <summary>How many evenly spaced values the sensitivity groups <paramref name="samples"/> settings by: about √samples, from 1 to 10.</summary>
    public static int Bins(int samples) => Math.Clamp((int)Math.Round(Math.Sqrt(samples)), 1, 10);

    /// <summary>The sampled values: one array per setting, a value per range in the order given.</summary>
    public static ImmutableArray<ImmutableArray<double>> Points(
        ExperimentDesign design, ImmutableArray<(ScenarioSettingPath Path, double From, double To)> ranges, int samples, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 1);
        var columns = ranges.Select(range =>
        {
            var stream = RandomStream.For(seed, DesignRun, "design:" + ExperimentFormat.DesignName(design), range.Path.Text);
            return design switch
            {
                ExperimentDesign.LatinHypercube => LatinHypercube.Column(samples, range.From, range.To, stream),
                ExperimentDesign.Random => [.. Enumerable.Range(0, samples).Select(_ => range.From + ((range.To - range.From) * stream.NextDouble()))],
                _ => throw new ArgumentOutOfRangeException(nameof(design), design, "A grid is not sampled (SweepGrid)."),
            };
        }).ToArray();
        return [.. Enumerable.Range(0, samples).Select(i => columns.Select(c => c[i]).ToImmutableArray())];
    }

    /// <summary>The axes (each with <see cref="Bins"/> steps, the values the sensitivity groups by) and the settings, in sample order.</summary>
    public static (ImmutableArray<SweepAxis> Axes, ImmutableArray<SweepSetting> Settings) Of(
        ExperimentDesign design, ImmutableArray<(ScenarioSettingPath Path, double From, double To)> ranges, int samples, ulong seed)
    {
        var bins = Bins(samples);
        var axes = ranges.Select(r => new SweepAxis(r.Path, r.From, r.To, bins)).ToImmutableArray();
        var settings = Points(design, ranges, samples, seed).Select((values, index) => new SweepSetting(
            index,
            [.. values.Select((value, axis) => Nearest(value, ranges[axis].From, ranges[axis].To, bins))],
            values,
            string.Join(';', axes.Select((axis, i) => $"{axis.Path.Text}={SweepSetting.Format(values[i])}"))));
        return (axes, [.. settings]);
    }

    private static int Nearest(double value, double from, double to, int bins) =>
        bins == 1 ? 0 : Math.Clamp((int)Math.Round((value - from) / (to - from) * (bins - 1), MidpointRounding.AwayFromZero), 0, bins - 1);
}
