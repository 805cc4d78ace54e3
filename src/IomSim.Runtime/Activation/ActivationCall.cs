using IomSim.Runtime.Invocation;

namespace IomSim.Runtime.Activation;

/// <summary>The first, exclusive call of every activation: construct the grain, read its state, run <c>OnActivateAsync</c>.</summary>
internal sealed class ActivationCall(GrainActivation activation) : GrainCall<None>
{
    private static readonly GrainMethod s_method = new(typeof(Grain), nameof(Grain.OnActivateAsync), alwaysInterleave: false);

    public override GrainMethod Method => s_method;

    protected override ValueTask<None> InvokeAsync(Grain grain) => TaskResults.ToNone(activation.ActivateAsync());
}
