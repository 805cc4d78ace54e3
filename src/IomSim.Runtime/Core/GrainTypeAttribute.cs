namespace IomSim.Runtime;

/// <summary>
/// Names a grain class's grain type, the first half of its <see cref="GrainId"/> and the key under which its state is stored.
/// Without it the type is the class name without a <c>Grain</c> suffix, in kebab case (<c>MemberStateGrain</c> → <c>member-state</c>).
/// </summary>
/// <param name="name">The grain type name.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class GrainTypeAttribute(string name) : Attribute
{
    /// <summary>The grain type name.</summary>
    public string Name { get; } = name;
}
