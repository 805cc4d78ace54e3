using BenchmarkDotNet.Configs;

namespace IomSim.Benchmarks;

/// <summary>Adds <see cref="RetainedColumn"/> to a benchmark's summary.</summary>
public sealed class RetainedConfig : ManualConfig
{
    public RetainedConfig() => AddColumn(new RetainedColumn());
}
