namespace IomSim.Files;

/// <summary>
/// A file the program was asked to read cannot be read as an input: it is missing, not a regular file, too large, or
/// unreadable. <see cref="Problem"/> says which without quoting anything the file holds; callers add the file's name
/// and what they expected.
/// </summary>
public sealed class InputFileException : Exception
{
    /// <summary>Creates the error.</summary>
    public InputFileException(InputFileProblem kind, string problem)
        : base(problem)
    {
        Kind = kind;
        Problem = problem;
    }

    /// <summary>Creates the error.</summary>
    public InputFileException()
        : this(InputFileProblem.Unreadable, "the file cannot be read")
    {
    }

    /// <summary>Creates the error.</summary>
    public InputFileException(string message)
        : this(InputFileProblem.Unreadable, message)
    {
    }

    /// <summary>Creates the error.</summary>
    public InputFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        Kind = InputFileProblem.Unreadable;
        Problem = message;
    }

    /// <summary>What kind of problem.</summary>
    public InputFileProblem Kind { get; }

    /// <summary>What was wrong, e.g. "a FIFO (named pipe), not a regular file".</summary>
    public string Problem { get; }
}
