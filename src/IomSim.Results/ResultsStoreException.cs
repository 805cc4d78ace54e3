namespace IomSim.Results;

/// <summary>
/// The results store given cannot be used: not a results database, one of a schema version this program does not know, or
/// a path where no results file can be opened or made. The user's to fix (exit code 2).
/// </summary>
public sealed class ResultsStoreException : Exception
{
    /// <summary>Creates the error.</summary>
    public ResultsStoreException()
    {
    }

    /// <summary>Creates the error.</summary>
    public ResultsStoreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error.</summary>
    public ResultsStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
