namespace IomSim.Runtime;

/// <summary>
/// A grain that can put its own fields back as they were just after activation, so that a runtime reused for a new,
/// independent run (<see cref="Hosting.GrainRuntime.ResetAsync"/>) keeps it active instead of deactivating it and
/// activating it again. Its persistent states are reset by the runtime; <see cref="Reset"/> covers the rest.
/// </summary>
public interface IResettableGrain
{
    /// <summary>Forgets everything held in fields, as a fresh activation would have it.</summary>
    void Reset();
}
