using System.Collections.Immutable;

namespace IomSim.Engine.Sweeps;

/// <summary>Every combination of the varied numbers' values: the full grid a sweep plays.</summary>
public static class SweepGrid
{
    /// <summary>The most settings a sweep may have.</summary>
    public const int MaxSettings = 10_000;

    /// <summary>How many settings <paramref name="axes"/> make (saturating at <see cref="long.MaxValue"/>).</summary>
    public static long Count(IEnumerable<SweepAxis> axes)
    {
        ArgumentNullException.ThrowIfNull(axes);
        return axes.Aggregate(1L, (count, axis) => count > long.MaxValue / Math.Max(1, axis.Steps) ? long.MaxValue : count * axis.Steps);
    }

    /// <summary>The settings in order, the last axis changing fastest; one empty setting when nothing is varied.</summary>
    public static ImmutableArray<SweepSetting> Of(ImmutableArray<SweepAxis> axes)
    {
        var count = Count(axes);
        if (count > MaxSettings)
        {
            throw new ArgumentOutOfRangeException(nameof(axes), count, $"A sweep may have at most {MaxSettings} settings.");
        }

        var settings = ImmutableArray.CreateBuilder<SweepSetting>((int)count);
        for (var index = 0; index < count; index++)
        {
            var levels = new int[axes.Length];
            var rest = index;
            for (var axis = axes.Length - 1; axis >= 0; axis--)
            {
                levels[axis] = rest % axes[axis].Steps;
                rest /= axes[axis].Steps;
            }

            var values = levels.Select((level, axis) => axes[axis].Values[level]).ToImmutableArray();
            var text = string.Join(';', axes.Select((axis, i) => $"{axis.Path.Text}={SweepSetting.Format(values[i])}"));
            settings.Add(new SweepSetting(index, [.. levels], values, text));
        }

        return settings.MoveToImmutable();
    }
}
