namespace IomSim.Runtime;

/// <summary>
/// Declares a type immutable where the code generator cannot prove it (for example a class whose fields it
/// cannot see). Messages between grains are passed by reference, so this is a promise never to mutate it.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface, Inherited = false)]
public sealed class ImmutableAttribute : Attribute;
