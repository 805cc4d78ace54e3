namespace IomSim.Runtime;

/// <summary>A grain reference was asked for an interface that no registered grain class implements, or that has no generated reference.</summary>
public sealed class UnknownGrainInterfaceException : Exception
{
    /// <summary>Creates the exception with a message naming the interface.</summary>
    public UnknownGrainInterfaceException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public UnknownGrainInterfaceException()
    {
    }

    /// <summary>Creates the exception with an inner cause.</summary>
    public UnknownGrainInterfaceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
