namespace IomSim.Runtime;

/// <summary>The identity of a grain: its grain type (from the grain class) and its key.</summary>
/// <param name="Type">The grain type name, e.g. <c>member-state</c>.</param>
/// <param name="Key">The grain key, e.g. <c>UKR</c>.</param>
public readonly record struct GrainId(string Type, string Key)
{
    /// <summary>The identity written as <c>type/key</c>.</summary>
    public override string ToString() => $"{Type}/{Key}";
}
