namespace IomSim.Runtime.Scheduling;

/// <summary>
/// Holds a lock for a <c>using</c> block, or nothing when there is no lock: on the deterministic scheduler every turn
/// runs on one thread, so activations skip their locks there (work from any other thread is refused before it
/// touches them).
/// </summary>
internal readonly ref struct LockScope
{
    private readonly Lock? _gate;

    private LockScope(Lock? gate)
    {
        _gate = gate;
        gate?.Enter();
    }

    public static LockScope Enter(Lock? gate) => new(gate);

    public void Dispose() => _gate?.Exit();
}
