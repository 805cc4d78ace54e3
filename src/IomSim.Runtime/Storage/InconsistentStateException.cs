namespace IomSim.Runtime.Storage;

/// <summary>A write or clear carried an ETag that is not the stored one: someone else wrote in between.</summary>
public sealed class InconsistentStateException : Exception
{
    /// <summary>Creates the exception for a grain's named state.</summary>
    public InconsistentStateException(GrainId grainId, string stateName, string? storedETag, string? currentETag)
        : base($"Stale ETag writing state '{stateName}' of {grainId}: the stored version is {storedETag ?? "none"}, "
            + $"the grain's copy was read as {currentETag ?? "none"}. Read the state again before writing.")
    {
        GrainId = grainId;
        StateName = stateName;
        StoredETag = storedETag;
        CurrentETag = currentETag;
    }

    /// <summary>Creates the exception.</summary>
    public InconsistentStateException()
    {
        StateName = string.Empty;
    }

    /// <summary>Creates the exception with a message.</summary>
    public InconsistentStateException(string message)
        : base(message)
    {
        StateName = string.Empty;
    }

    /// <summary>Creates the exception with an inner cause.</summary>
    public InconsistentStateException(string message, Exception innerException)
        : base(message, innerException)
    {
        StateName = string.Empty;
    }

    /// <summary>The grain whose state was written.</summary>
    public GrainId GrainId { get; }

    /// <summary>The state's name.</summary>
    public string StateName { get; }

    /// <summary>The ETag in storage.</summary>
    public string? StoredETag { get; }

    /// <summary>The ETag the write carried.</summary>
    public string? CurrentETag { get; }
}
