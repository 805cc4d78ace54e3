using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace IomSim.Benchmarks;

/// <summary>
/// Heap bytes retained per live grain activation (<see cref="ActivationBenchmarks.RetainedBytesPerActivation"/>),
/// measured once in the host process when the summary is printed: a size, not a time, so it needs no iterations.
/// </summary>
public sealed class RetainedColumn : IColumn
{
    private readonly Lazy<double> _bytes = new(ActivationBenchmarks.RetainedBytesPerActivation);

    public string Id => nameof(RetainedColumn);

    public string ColumnName => "Retained/activation";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Metric;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Size;

    public string Legend => "Heap bytes that stay per live activation (full collection before and after activating 1,750 member grains)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => $"{_bytes.Value:0} B";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
