namespace IomSim.Estimation.Backtest;

/// <summary>Recall and precision of one choice.</summary>
/// <param name="Choice">The choice.</param>
/// <param name="Actual">How many times it was the actual choice.</param>
/// <param name="Predicted">How many times it was the most likely prediction.</param>
/// <param name="Recall">Share of the actual ones predicted (null when none occurred).</param>
/// <param name="Precision">Share of the predicted ones that were right (null when never predicted).</param>
public sealed record ChoiceScore(Choice Choice, long Actual, long Predicted, double? Recall, double? Precision);

/// <summary>One predictor's scores over the roll calls predicted.</summary>
/// <param name="Predictions">State-roll-call pairs scored.</param>
/// <param name="CorrectlyClassified">Share whose most likely choice was the actual one (PCC).</param>
/// <param name="Apre">Aggregate proportional reduction in error against each roll call's modal choice.</param>
/// <param name="LogLoss">Mean −ln(probability of the actual choice), probabilities floored at 1e-15.</param>
/// <param name="ByChoice">Recall and precision of yes, no, abstain and not voting.</param>
public sealed record Scores(long Predictions, double CorrectlyClassified, double Apre, double LogLoss, IReadOnlyList<ChoiceScore> ByChoice);
