namespace IomSim.Scenarios;

/// <summary>A scenario file is malformed or refers to what does not exist: where, what was wrong, what was expected.</summary>
public sealed class ScenarioException : Exception
{
    /// <summary>Creates the error; a <paramref name="line"/> of 0 is an error about the whole file (missing, unreadable, too large).</summary>
    public ScenarioException(string file, int line, int column, string message)
        : base(line > 0 ? $"{file}:{line}:{column}: {message}" : $"{file}: {message}")
    {
        File = file;
        Line = line;
        Column = column;
        Problem = message;
    }

    /// <summary>Creates the error.</summary>
    public ScenarioException()
    {
        File = string.Empty;
        Problem = string.Empty;
    }

    /// <summary>Creates the error.</summary>
    public ScenarioException(string message)
        : base(message)
    {
        File = string.Empty;
        Problem = message;
    }

    /// <summary>Creates the error.</summary>
    public ScenarioException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = string.Empty;
        Problem = message;
    }

    /// <summary>The file.</summary>
    public string File { get; }

    /// <summary>1-based line; 0 for an error about the whole file.</summary>
    public int Line { get; }

    /// <summary>1-based column.</summary>
    public int Column { get; }

    /// <summary>What was wrong and what was expected.</summary>
    public string Problem { get; }
}
