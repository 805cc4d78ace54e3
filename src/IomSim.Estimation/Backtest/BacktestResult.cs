using IomSim.Domain.Decisions;

namespace IomSim.Estimation.Backtest;

/// <summary>One later roll call: how it was placed, what happened, what the model expected.</summary>
/// <param name="Rcid">The roll call.</param>
/// <param name="Symbol">Its symbol, or empty.</param>
/// <param name="Date">Its day.</param>
/// <param name="Title">Its short title.</param>
/// <param name="Issues">Its issue codes (empty without an issues file).</param>
/// <param name="Placement">How its parameters were placed from the training roll calls.</param>
/// <param name="Actual">Recorded yes, no, abstain, not voting.</param>
/// <param name="Expected">The model's expected counts (sums of probabilities), same order.</param>
/// <param name="Correct">States whose most likely choice under the model was the actual one.</param>
/// <param name="States">States scored (UN members that day).</param>
public sealed record RollCallPrediction(
    int Rcid,
    string Symbol,
    DateOnly Date,
    string Title,
    IReadOnlyList<string> Issues,
    PlacedMotion Placement,
    IReadOnlyList<int> Actual,
    IReadOnlyList<double> Expected,
    int Correct,
    int States);

/// <summary>What <see cref="BacktestRunner.Run"/> measured.</summary>
/// <param name="TrainUntil">The last day of the training window.</param>
/// <param name="TrainingRollCalls">Roll calls in the window that divided the states (fitted).</param>
/// <param name="TrainingStates">States fitted.</param>
/// <param name="HasIssues">Whether an issues file was given.</param>
/// <param name="RollCalls">Every later roll call, by date then rcid.</param>
/// <param name="Model">The ideal-point model's scores.</param>
/// <param name="ModalOracle">Every state given the roll call's own modal choice (probabilities: its own shares): an oracle, it knows the outcome.</param>
/// <param name="TodaysModel">The pre-issue-16 decision model with classical-scaling positions fitted on the same window; null when they cannot be.</param>
/// <param name="TodaysModelUnavailable">Why <paramref name="TodaysModel"/> is null.</param>
public sealed record BacktestResult(
    DateOnly TrainUntil,
    int TrainingRollCalls,
    int TrainingStates,
    bool HasIssues,
    IReadOnlyList<RollCallPrediction> RollCalls,
    Scores Model,
    Scores ModalOracle,
    Scores? TodaysModel,
    string? TodaysModelUnavailable);
