namespace IomSim.Results.Export;

/// <summary>A per-run file cannot be written: an extension that names no format, or a folder that cannot be written to.</summary>
public sealed class PerRunFileException : Exception
{
    /// <summary>Creates the error.</summary>
    public PerRunFileException()
    {
    }

    /// <summary>Creates the error.</summary>
    public PerRunFileException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error.</summary>
    public PerRunFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
