namespace IomSim.Runtime.Sqlite.Tests;

/// <summary>A small state for the tests.</summary>
internal sealed record Counter
{
    public int Value { get; init; }

    public string Label { get; init; } = string.Empty;
}
