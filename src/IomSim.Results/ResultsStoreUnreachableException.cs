namespace IomSim.Results;

/// <summary>The results database cannot be reached: the server is down or refuses the connection, or the login failed.</summary>
public sealed class ResultsStoreUnreachableException : Exception
{
    /// <summary>Creates the error.</summary>
    public ResultsStoreUnreachableException()
    {
    }

    /// <summary>Creates the error.</summary>
    public ResultsStoreUnreachableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error.</summary>
    public ResultsStoreUnreachableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
