using System.Collections.Concurrent;
using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace IomSim.Runtime.Invocation;

/// <summary>
/// Where generated code registers, at module load, the factory of each grain interface's reference.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class GrainReferenceRegistry
{
    private static readonly ConcurrentDictionary<Type, Func<GrainReferenceTarget, GrainReference>> s_factories = new();

    /// <summary>Registers the generated reference factory of <typeparamref name="TGrainInterface"/>.</summary>
    public static void Register<TGrainInterface>(Func<GrainReferenceTarget, GrainReference> factory)
        where TGrainInterface : IGrain
    {
        s_factories[typeof(TGrainInterface)] = factory;
        Cache<TGrainInterface>.Factory = factory;
    }

    /// <summary>The reference factory of an interface, or null when the code generator did not run on it.</summary>
    internal static Func<GrainReferenceTarget, GrainReference>? Find<TGrainInterface>()
        where TGrainInterface : IGrain
    {
        if (Cache<TGrainInterface>.Factory is { } cached)
        {
            return cached;
        }

        // The module initializer that registers the factory runs on the module's first use; make sure it ran.
        RuntimeHelpers.RunModuleConstructor(typeof(TGrainInterface).Module.ModuleHandle);
        return s_factories.TryGetValue(typeof(TGrainInterface), out var factory) ? factory : null;
    }

    private static class Cache<TGrainInterface>
    {
        public static Func<GrainReferenceTarget, GrainReference>? Factory { get; set; }
    }
}
