namespace IomSim.Results.Export;

/// <summary>The file formats of per-run tables, chosen by the file's extension.</summary>
public enum TableFormat
{
    /// <summary><c>.csv</c>: comma-separated, a header row, <c>\n</c> line ends, UTF-8 (written by CsvHelper).</summary>
    Csv,

    /// <summary><c>.parquet</c>: Apache Parquet (written by Parquet.Net), typed columns, nulls for empty cells.</summary>
    Parquet,
}
