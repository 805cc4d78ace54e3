using IomSim.Domain.Decisions;

namespace IomSim.Estimation.IdealPointModel;

/// <summary>One fitted state: its ideal points, abstention spreads, and how many of the fitted roll calls it voted on.</summary>
/// <param name="Code">The state (alpha-3).</param>
/// <param name="Points">General and issue-specific ideal points.</param>
/// <param name="AbstentionSpread">Its abstention spread over all roll calls (log scale; 0 the average state).</param>
/// <param name="IssueAbstentionSpread">Its abstention spread on the issues with their own dimension.</param>
/// <param name="Votes">Votes cast on the fitted roll calls.</param>
public sealed record FittedState(string Code, StateIdealPoints Points, double AbstentionSpread, IReadOnlyDictionary<string, double> IssueAbstentionSpread, int Votes);

/// <summary>What <see cref="IdealPointEstimator.Fit"/> found.</summary>
/// <param name="States">Fitted states, by code.</param>
/// <param name="Excluded">States with too few votes, and why.</param>
/// <param name="Items">Every fitted roll call with its parameters, by date then rcid.</param>
/// <param name="Choice">The not-voting weights fitted after the ideal points.</param>
/// <param name="Diagnostics">Deviance, correlations and classification.</param>
/// <param name="Options">The settings used.</param>
public sealed record IdealPointFit(
    IReadOnlyList<FittedState> States,
    IReadOnlyList<(string Code, int Votes, string Reason)> Excluded,
    IReadOnlyList<RollCallItem> Items,
    VoteChoiceParameters Choice,
    FitDiagnostics Diagnostics,
    IdealPointOptions Options);
