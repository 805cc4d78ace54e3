namespace IomSim.Grains;

/// <summary>The cluster cannot be used: its Redis cannot be reached, no silo answers, or a batch failed on every replay; the message says which.</summary>
public sealed class ClusterUnavailableException : Exception
{
    /// <summary>An error without a message.</summary>
    public ClusterUnavailableException()
    {
    }

    /// <summary>An error saying <paramref name="message"/>.</summary>
    public ClusterUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>An error saying <paramref name="message"/>, caused by <paramref name="innerException"/>.</summary>
    public ClusterUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
