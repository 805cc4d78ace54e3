namespace IomSim.Results;

/// <summary>The results file cannot be used: it is not a results database, or one of a schema version this program does not know.</summary>
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
