namespace IomSim.Runtime;

/// <summary>
/// Put on a grain interface method: its calls may run while another call of the same grain is in progress,
/// for example a read-only query that a callee makes back to its caller.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class AlwaysInterleaveAttribute : Attribute;
