namespace IomSim.ImportContributions;

/// <summary>Bad input to the import: names the file, the line (the header is line 1; 0 for the whole file) and the field.</summary>
internal sealed class ImportException : Exception
{
    public ImportException(string file, long line, string? field, string problem, Exception? innerException = null)
        : base(Describe(file, line, field, problem), innerException)
    {
        File = file;
        Line = line;
        Field = field;
    }

    public ImportException()
        : this("(unknown file)", 0, null, "bad input")
    {
    }

    public ImportException(string message)
        : this("(unknown file)", 0, null, message)
    {
    }

    public ImportException(string message, Exception innerException)
        : this("(unknown file)", 0, null, message, innerException)
    {
    }

    /// <summary>The file at fault.</summary>
    public string File { get; }

    /// <summary>The line at fault, 1-based; 0 when the file as a whole is at fault.</summary>
    public long Line { get; }

    /// <summary>The column at fault, or null.</summary>
    public string? Field { get; }

    private static string Describe(string file, long line, string? field, string problem)
    {
        var where = line > 0 ? $"{file}, line {line}" : file;
        return field is null ? $"{where}: {problem}" : $"{where}, field '{field}': {problem}";
    }
}
