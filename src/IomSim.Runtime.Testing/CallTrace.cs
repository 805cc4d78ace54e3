using IomSim.Runtime.Hosting;

namespace IomSim.Runtime.Testing;

/// <summary>Records every grain call in the order the calls started.</summary>
public sealed class CallTrace : IGrainCallObserver
{
    private readonly Lock _lock = new();
    private readonly List<GrainCallInfo> _calls = [];

    /// <summary>The calls so far, in order.</summary>
    public IReadOnlyList<GrainCallInfo> Calls
    {
        get
        {
            lock (_lock)
            {
                return [.. _calls];
            }
        }
    }

    /// <inheritdoc />
    public void OnCallStarting(GrainCallInfo grainCall)
    {
        lock (_lock)
        {
            _calls.Add(grainCall);
        }
    }
}
