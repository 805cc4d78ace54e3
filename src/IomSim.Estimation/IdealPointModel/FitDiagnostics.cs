namespace IomSim.Estimation.IdealPointModel;

/// <summary>How well a fit classifies the votes it was fitted on (or scored on).</summary>
/// <param name="Votes">Votes cast that were scored (yes, abstain, no).</param>
/// <param name="CorrectlyClassified">Share of votes cast whose most likely category is the one cast (PCC).</param>
/// <param name="Apre">Aggregate proportional reduction in error against each roll call's majority vote.</param>
/// <param name="LogLikelihood">Sum of the log-probabilities of the votes cast.</param>
public sealed record Classification(int Votes, double CorrectlyClassified, double Apre, double LogLikelihood);

/// <summary>
/// What the tool prints and docs/positions.md reports: deviance reduced by each added dimension, correlations between
/// dimensions, and classification.
/// </summary>
/// <param name="RollCalls">Roll calls fitted.</param>
/// <param name="States">States fitted.</param>
/// <param name="NullDeviance">Deviance of the cuts-only model (every state alike on each roll call).</param>
/// <param name="DevianceByModel">Deviance of the 1-dimensional, 2-dimensional and full (2 + issue offsets) models.</param>
/// <param name="Correlations">Pearson correlations across fitted states, by pair name (<c>dim1~dim2</c>, <c>dim1~hr_dim1</c>, ...).</param>
/// <param name="Fit">Classification of the fitted votes by the full model.</param>
/// <param name="Iterations">Optimiser iterations of the full model.</param>
public sealed record FitDiagnostics(
    int RollCalls,
    int States,
    double NullDeviance,
    IReadOnlyList<(string Model, double Deviance)> DevianceByModel,
    IReadOnlyList<(string Pair, double Correlation)> Correlations,
    Classification Fit,
    int Iterations)
{
    /// <summary>Votes cast on the fitted roll calls by the fitted states.</summary>
    public int Votes() => Fit.Votes;
}
