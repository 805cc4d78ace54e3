using System.Collections.Immutable;

namespace IomSim.Engine.Sweeps;

/// <summary>What one setting of a sweep gave, item by item.</summary>
/// <param name="Setting">The setting.</param>
/// <param name="Key">The key its runs are stored under.</param>
/// <param name="Items">One summary per agenda item, in timeline order.</param>
public sealed record SettingSummary(SweepSetting Setting, string Key, ImmutableArray<SweepItemSummary> Items)
{
    /// <summary>Every catalogue measure over the setting's runs with its 95% interval: items' in timeline order, then budget years' (<see cref="Measures.MeasureSummary"/>).</summary>
    public ImmutableArray<Measures.MeasureEstimate> Measures { get; init; } = [];
}
