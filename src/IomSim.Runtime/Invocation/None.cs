using System.ComponentModel;

namespace IomSim.Runtime.Invocation;

/// <summary>The result of a grain method that returns a plain <see cref="Task"/>.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly record struct None;
