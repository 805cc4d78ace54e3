using System.ComponentModel;
using IomSim.Runtime.Activation;
using IomSim.Runtime.Hosting;

namespace IomSim.Runtime.Invocation;

/// <summary>What a generated reference is bound to; opaque to generated code.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct GrainReferenceTarget
{
    internal GrainReferenceTarget(GrainRuntime runtime, GrainClass grainClass, GrainId grainId)
    {
        Runtime = runtime;
        GrainClass = grainClass;
        GrainId = grainId;
    }

    internal GrainRuntime? Runtime { get; }

    internal GrainClass? GrainClass { get; }

    internal GrainId GrainId { get; }
}
