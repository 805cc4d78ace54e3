namespace IomSim.Estimation;

/// <summary>
/// The input files were read but cannot be estimated from as asked: an anchor state without enough votes, no
/// human-rights roll calls, a degenerate scaling. The message says what to change.
/// </summary>
public sealed class EstimationException : Exception
{
    /// <summary>Creates the error with a generic message.</summary>
    public EstimationException()
        : base("The positions cannot be estimated from this input.")
    {
    }

    /// <summary>Creates the error.</summary>
    public EstimationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error with its cause.</summary>
    public EstimationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
