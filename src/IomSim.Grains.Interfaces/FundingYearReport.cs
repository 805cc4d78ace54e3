using System.Collections.Immutable;
using IomSim.Domain.Funding;
using IomSim.Domain.World;

namespace IomSim.Grains;

/// <summary>What the Administration reports for a budget year.</summary>
/// <param name="Ledger">Where every dollar of voluntary money went.</param>
/// <param name="Assessments">What each member owed for the year.</param>
/// <param name="PaidChf">What each member paid in the year, in Swiss francs (credited to its oldest dues first).</param>
/// <param name="ArrearsChf">Each member's arrears at the end of the year, in Swiss francs (members with none left out).</param>
[GenerateSerializer, Immutable, Alias("iomsim.FundingYearReport")]
public sealed record FundingYearReport(
    [property: Id(0)] FundingYearLedger Ledger,
    [property: Id(1)] ImmutableArray<AssessedContribution> Assessments,
    [property: Id(2)] ImmutableSortedDictionary<StateCode, decimal> PaidChf,
    [property: Id(3)] ImmutableSortedDictionary<StateCode, decimal> ArrearsChf);
