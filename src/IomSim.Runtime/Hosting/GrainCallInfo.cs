namespace IomSim.Runtime.Hosting;

/// <summary>A grain call as an observer sees it.</summary>
/// <param name="Caller">The calling grain, or null for a call from outside any grain.</param>
/// <param name="Target">The called grain.</param>
/// <param name="Interface">The grain interface's name.</param>
/// <param name="Method">The method's name.</param>
public readonly record struct GrainCallInfo(GrainId? Caller, GrainId Target, string Interface, string Method)
{
    /// <summary>The call as <c>caller -> type/key.Method</c>.</summary>
    public override string ToString() => $"{Caller?.ToString() ?? "client"} -> {Target}.{Method}";
}
