namespace IomSim.Runtime;

/// <summary>
/// Lets calls to this grain class interleave at await points instead of running one at a time.
/// Use it only where the grain's state stays consistent across awaits; it also permits call cycles.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ReentrantAttribute : Attribute;
