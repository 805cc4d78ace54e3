using System.Collections.Immutable;

namespace IomSim.Engine.Sweeps;

/// <summary>What one setting of a sweep gave, item by item.</summary>
/// <param name="Setting">The setting.</param>
/// <param name="Key">The key its runs are stored under.</param>
/// <param name="Items">One summary per agenda item, in timeline order.</param>
public sealed record SettingSummary(SweepSetting Setting, string Key, ImmutableArray<SweepItemSummary> Items);
