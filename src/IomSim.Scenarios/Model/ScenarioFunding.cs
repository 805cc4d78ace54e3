using System.Collections.Immutable;
using IomSim.Domain.Funding;

namespace IomSim.Scenarios.Model;

/// <summary>How a scenario plays the funding of IOM's projects (<c>funding:</c> in the file).</summary>
/// <param name="Rules">The Administration's rules: overhead rate and the coverage a project needs to start.</param>
/// <param name="PledgeNoise">
/// Spread, 0 to 5, of the random factor on each donor's wish to fund each project (0: every run pledges alike). The
/// default 0.5 is a modelling assumption, not an estimate.
/// </param>
/// <param name="Donors">Counterfactual changes to donors' voluntary money, in file order.</param>
public sealed record ScenarioFunding(FundingRules Rules, double PledgeNoise, ImmutableArray<DonorChange> Donors)
{
    /// <summary>The funding rules' defaults, a pledge noise of 0.5 (a modelling assumption) and the donors as recorded.</summary>
    public static ScenarioFunding Default { get; } = new(FundingRules.Default, 0.5, []);
}
