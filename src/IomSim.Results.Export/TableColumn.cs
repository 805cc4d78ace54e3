namespace IomSim.Results.Export;

/// <summary>One column of a per-run table.</summary>
/// <param name="Name">Its name: snake_case, stable across versions (docs/per-run-data.md).</param>
/// <param name="Type">What its cells hold.</param>
public sealed record TableColumn(string Name, ColumnType Type);
