using IomSim.Runtime.Hosting;

namespace IomSim.Engine;

/// <summary>
/// What one worker thread plays runs on: a grain runtime kept for all its runs and reset after each, so the grains are
/// activated once per worker rather than once per run. Any scenario's runs may share it; one run at a time.
/// </summary>
public sealed class RunWorker : IDisposable
{
    internal GrainRuntime Runtime { get; } = ScenarioRun.NewRuntime();

    /// <summary>Deactivates the grains and releases the runtime.</summary>
    public void Dispose() => Runtime.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
