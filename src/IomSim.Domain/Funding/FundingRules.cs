namespace IomSim.Domain.Funding;

/// <summary>The rules the Administration funds projects by. The defaults are stated in docs/funding.md.</summary>
public sealed record FundingRules
{
    /// <summary>
    /// Share of a running project's funded cost that pays for IOM's core (operational support income): up to 7%
    /// (shared/reference/iom-facts.md section 2; seed document 002).
    /// </summary>
    public decimal OverheadRate { get; init; } = 0.07m;

    /// <summary>
    /// A project starts only when at least this share of its cost is pledged; otherwise it is cancelled and its
    /// pledges go back to the donors. A modelling assumption.
    /// </summary>
    public decimal MinimumCoverageToStart { get; init; } = 0.25m;

    /// <summary>The defaults.</summary>
    public static FundingRules Default { get; } = new();
}
