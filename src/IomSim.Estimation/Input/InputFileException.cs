namespace IomSim.Estimation.Input;

/// <summary>
/// Bad input in one of the estimation's files (or another file read through <see cref="CsvTable"/>): names the file,
/// the line (1-based, counting the header as line 1) and, where one is to blame, the field.
/// </summary>
public sealed class InputFileException : Exception
{
    /// <summary>Creates the error for a file, a line and a field.</summary>
    /// <param name="file">The file's path or name, as the user gave it.</param>
    /// <param name="line">The line in the file, 1-based; 0 when the file as a whole is at fault.</param>
    /// <param name="field">The column's name, or null when no single field is to blame.</param>
    /// <param name="problem">What is wrong, in a sentence the user can act on.</param>
    /// <param name="innerException">The parser's own error, if any.</param>
    public InputFileException(string file, long line, string? field, string problem, Exception? innerException = null)
        : base(Describe(file, line, field, problem), innerException)
    {
        File = file;
        Line = line;
        Field = field;
        Problem = problem;
    }

    /// <summary>Creates an error with only a message (the file and line are then unknown).</summary>
    public InputFileException()
        : this("(unknown file)", 0, null, "bad input")
    {
    }

    /// <summary>Creates an error with only a message (the file and line are then unknown).</summary>
    public InputFileException(string message)
        : this("(unknown file)", 0, null, message)
    {
    }

    /// <summary>Creates an error with only a message and its cause (the file and line are then unknown).</summary>
    public InputFileException(string message, Exception innerException)
        : this("(unknown file)", 0, null, message, innerException)
    {
    }

    /// <summary>The file at fault.</summary>
    public string File { get; }

    /// <summary>The line at fault, 1-based; 0 when the file as a whole is at fault.</summary>
    public long Line { get; }

    /// <summary>The field (column) at fault, or null.</summary>
    public string? Field { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }

    private static string Describe(string file, long line, string? field, string problem)
    {
        var where = line > 0 ? $"{file}, line {line}" : file;
        if (field is not null)
        {
            where += $", field '{field}'";
        }

        return $"{where}: {problem}";
    }
}
