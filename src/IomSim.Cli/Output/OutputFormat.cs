namespace IomSim.Cli.Output;

/// <summary>How a command writes its result.</summary>
internal enum OutputFormat
{
    /// <summary>Aligned text for people.</summary>
    Table,

    /// <summary>The JSON contract documented in the README.</summary>
    Json,

    /// <summary>Comma-separated values, one measure per row.</summary>
    Csv,
}
