using IomSim.Estimation.Input;

namespace IomSim.Estimation.IdealPointModel;

/// <summary>
/// A two-dimensional ordered-logit item-response model of UN General Assembly votes (yes &gt; abstain &gt; no), with
/// issue-specific offsets per state for the issues in <see cref="IdealPointOptions.IssueDimensions"/> and a per-state
/// abstention spread, fitted by penalised maximum likelihood (normal priors) with MathNet's L-BFGS from fixed starting
/// values. Deterministic: the same data and options give the same numbers.
/// </summary>
public static class IdealPointEstimator
{
    /// <summary>Fits the model to the votes of <paramref name="votes"/>, dated up to <see cref="IdealPointOptions.TrainUntil"/>.</summary>
    /// <exception cref="EstimationException">Too few states or roll calls, or an anchor not fitted.</exception>
    public static IdealPointFit Fit(StateVotes votes, IdealPointOptions options) => throw new NotImplementedException();
}
