namespace IomSim.Runtime;

/// <summary>
/// The deterministic scheduler could not keep a run reproducible: grain code left the scheduler's thread
/// (a timer, <c>Task.Run</c>, <c>ConfigureAwait(false)</c>, real I/O), or the run stalled with calls still waiting.
/// </summary>
public sealed class DeterminismViolationException : Exception
{
    /// <summary>Creates the exception with a message saying what happened.</summary>
    public DeterminismViolationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public DeterminismViolationException()
    {
    }

    /// <summary>Creates the exception with an inner cause.</summary>
    public DeterminismViolationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
