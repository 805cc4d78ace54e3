namespace IomSim.Runtime;

/// <summary>
/// A call would wait for a grain that is itself waiting, further up the same call chain, for this call:
/// a deadlock. The runtime fails the call at once instead of hanging.
/// </summary>
public sealed class GrainCallCycleException : Exception
{
    /// <summary>Creates the exception for a chain of calls, the first being the outermost.</summary>
    public GrainCallCycleException(IReadOnlyList<string> chain)
        : base(Describe(chain))
    {
        Chain = chain;
    }

    /// <summary>Creates the exception.</summary>
    public GrainCallCycleException()
    {
        Chain = [];
    }

    /// <summary>Creates the exception with a message.</summary>
    public GrainCallCycleException(string message)
        : base(message)
    {
        Chain = [];
    }

    /// <summary>Creates the exception with an inner cause.</summary>
    public GrainCallCycleException(string message, Exception innerException)
        : base(message, innerException)
    {
        Chain = [];
    }

    /// <summary>The calls of the cycle, outermost first, each as <c>type/key.Method</c>.</summary>
    public IReadOnlyList<string> Chain { get; }

    private static string Describe(IReadOnlyList<string> chain) =>
        $"Call cycle: {string.Join(" -> ", chain)}. The last call would wait for a grain that is busy waiting for it. "
        + "Mark the grain class [Reentrant] or the interface method [AlwaysInterleave], or restructure the calls.";
}
