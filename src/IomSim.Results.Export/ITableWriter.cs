namespace IomSim.Results.Export;

/// <summary>
/// Writes one table, row by row, into a temporary file that <see cref="Complete"/> renames over the target: a table is
/// written whole or not at all. Disposing without completing removes the temporary file.
/// </summary>
public interface ITableWriter : IDisposable
{
    /// <summary>Adds a row: one cell per column, each null or of the column's type.</summary>
    void Add(object?[] row);

    /// <summary>Finishes the file and puts it in place; returns how many rows it holds.</summary>
    long Complete();
}
