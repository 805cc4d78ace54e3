namespace IomSim.Cli.Output;

/// <summary>The names of <see cref="OutputFormat"/> on the command line, and the file each writes with <c>--out</c>.</summary>
internal static class OutputFormats
{
    /// <summary>The names accepted by <c>--format</c>.</summary>
    public static readonly string[] Names = ["table", "json", "csv"];

    /// <summary>Reads a name accepted by <c>--format</c>.</summary>
    public static OutputFormat Parse(string name) => name switch
    {
        "json" => OutputFormat.Json,
        "csv" => OutputFormat.Csv,
        _ => OutputFormat.Table,
    };

    /// <summary>The file name for <paramref name="format"/> with the given stem (<c>result.json</c>).</summary>
    public static string FileName(string stem, OutputFormat format) => format switch
    {
        OutputFormat.Json => $"{stem}.json",
        OutputFormat.Csv => $"{stem}.csv",
        _ => $"{stem}.txt",
    };
}
