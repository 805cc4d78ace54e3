using IomSim.Runtime.Invocation;

namespace IomSim.Runtime.Activation;

/// <summary>The last, exclusive call of an activation: run <c>OnDeactivateAsync</c>.</summary>
internal sealed class DeactivationCall(DeactivationReason reason) : GrainCall<None>
{
    private static readonly GrainMethod s_method = new(typeof(Grain), nameof(Grain.OnDeactivateAsync), alwaysInterleave: false);

    public DeactivationReason Reason { get; } = reason;

    public override GrainMethod Method => s_method;

    protected override ValueTask<None> InvokeAsync(Grain grain) => TaskResults.ToNone(grain.OnDeactivateAsync(Reason, CancellationToken.None));
}
