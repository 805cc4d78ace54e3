namespace IomSim.Estimation.IdealPointModel;

/// <summary>
/// The settings of <see cref="IdealPointEstimator"/>: which roll calls, which issue-specific dimensions, the priors
/// and the stopping rule. The defaults are what <c>seeds/positions.csv</c> was fitted with.
/// </summary>
public sealed record IdealPointOptions
{
    /// <summary>Fit only roll calls dated on or before this day (null: all).</summary>
    public DateOnly? TrainUntil { get; init; }

    /// <summary>The number of general dimensions (1 or 2; 0 fits the cuts alone, for the deviance baseline).</summary>
    public int Dimensions { get; init; } = 2;

    /// <summary>Issues with their own ideal-point offset per state (human rights and development: closest to migration).</summary>
    public IReadOnlyList<string> IssueDimensions { get; init; } = ["hr", "ec"];

    /// <summary>Standard deviation of the normal prior on general ideal points.</summary>
    public double IdealPointPriorSd { get; init; } = 1.0;

    /// <summary>Standard deviation of the normal prior shrinking each issue offset towards the general point.</summary>
    public double IssueOffsetPriorSd { get; init; } = 0.5;

    /// <summary>Standard deviation of the normal prior on discrimination parameters (weak).</summary>
    public double DiscriminationPriorSd { get; init; } = 5.0;

    /// <summary>Standard deviation of the normal priors on an item's cut midpoint and log half-band (weak).</summary>
    public double CutPriorSd { get; init; } = 5.0;

    /// <summary>Standard deviation of the normal prior on a state's abstention spread (log scale).</summary>
    public double SpreadPriorSd { get; init; } = 1.0;

    /// <summary>A state is fitted only if it voted on at least this many of the roll calls fitted.</summary>
    public int MinVotes { get; init; } = 50;

    /// <summary>The state whose first coordinate is made positive (the United States).</summary>
    public string FirstAnchor { get; init; } = "USA";

    /// <summary>The state whose second coordinate is made positive.</summary>
    public string SecondAnchor { get; init; } = "RUS";

    /// <summary>Iterations of the optimiser at most.</summary>
    public int MaxIterations { get; init; } = 2000;

    /// <summary>The optimiser stops when the gradient's norm falls below this.</summary>
    public double GradientTolerance { get; init; } = 1e-4;
}
