using System.ComponentModel;

namespace IomSim.Runtime.Invocation;

/// <summary>Describes one grain interface method; generated code holds one per method, statically.</summary>
/// <param name="interfaceType">The grain interface that declares the method.</param>
/// <param name="name">The method's name.</param>
/// <param name="alwaysInterleave">Whether the method carries <see cref="AlwaysInterleaveAttribute"/>.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class GrainMethod(Type interfaceType, string name, bool alwaysInterleave)
{
    /// <summary>The grain interface that declares the method.</summary>
    public Type InterfaceType { get; } = interfaceType;

    /// <summary>The method's name.</summary>
    public string Name { get; } = name;

    /// <summary>Whether calls may interleave with a call in progress.</summary>
    public bool AlwaysInterleave { get; } = alwaysInterleave;
}
