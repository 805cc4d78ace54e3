namespace IomSim.Results.Export;

/// <summary>What a per-run column holds; each cell is null or a value of this type.</summary>
public enum ColumnType
{
    /// <summary>Text (<see cref="string"/>).</summary>
    Text,

    /// <summary>A whole number, a count or an index (<see cref="long"/>).</summary>
    Count,

    /// <summary>A seed: a whole number from 0 to 2^64−1 (<see cref="ulong"/>).</summary>
    Seed,

    /// <summary>A number (<see cref="double"/>).</summary>
    Number,

    /// <summary>True or false (<see cref="bool"/>).</summary>
    Boolean,

    /// <summary>A calendar date (<see cref="DateOnly"/>).</summary>
    Date,
}
