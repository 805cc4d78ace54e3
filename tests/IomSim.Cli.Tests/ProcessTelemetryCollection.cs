namespace IomSim.Cli.Tests;

/// <summary>
/// Tests that listen to the process's activity sources (<c>--trace</c>, OTLP export). The sources are static, so while
/// they listen they also hear every grain call of the runs other tests play at the same time (hundreds of spans a run).
/// In one full run of the suite the OTLP test then saw its metrics posted but no traces; run alone it passes. They run
/// alone.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessTelemetryCollection
{
    public const string Name = "Process-wide telemetry";
}
