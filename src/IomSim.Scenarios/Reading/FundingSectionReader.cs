using IomSim.Scenarios.Model;
using IomSim.Scenarios.Yaml;

namespace IomSim.Scenarios.Reading;

/// <summary>Reads <c>funding:</c>: the Administration's rules, the pledges' randomness and the donor changes.</summary>
internal static class FundingSectionReader
{
    /// <summary>Largest <c>pledge_noise</c>: beyond it the random factor swamps every donor's priorities.</summary>
    public const double MaxPledgeNoise = 5;

    public static ScenarioFunding Read(ReadContext context, YamlValue? node)
    {
        var funding = ScenarioFunding.Default;
        if (node is null)
        {
            return funding;
        }

        var fields = new Fields(context, node, "funding", ScenarioKeys.Funding);
        var rules = funding.Rules;
        if (fields.Optional("overhead_rate") is { } overhead)
        {
            rules = rules with { OverheadRate = Values.Decimal(context, overhead, "overhead_rate", 0, 1) };
        }

        if (fields.Optional("minimum_coverage_to_start") is { } coverage)
        {
            rules = rules with { MinimumCoverageToStart = Values.Decimal(context, coverage, "minimum_coverage_to_start", 0, 1) };
        }

        var noise = fields.Optional("pledge_noise") is { } noiseNode
            ? Values.Number(context, noiseNode, "pledge_noise", 0, MaxPledgeNoise)
            : funding.PledgeNoise;
        return new ScenarioFunding(rules, noise, DonorChangeReader.Read(context, fields.Optional("donors")));
    }
}
