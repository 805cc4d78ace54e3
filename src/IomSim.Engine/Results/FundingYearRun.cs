using System.Collections.Immutable;
using IomSim.Domain.Funding;
using IomSim.Grains;

namespace IomSim.Engine.Results;

/// <summary>One budget year in one run.</summary>
/// <param name="Run">The run index.</param>
/// <param name="Year">The budget year.</param>
/// <param name="Report">The Administration's report: ledger, assessments, payments, arrears.</param>
/// <param name="BroughtForwardUsd">Money each contributor carried over from the year before (part of its budget this year).</param>
/// <param name="WithoutVote">Members that could not vote at the end of the year because of their arrears.</param>
/// <param name="SetAsideCount">Recorded negative amounts (refunds of earlier years) set aside.</param>
/// <param name="SetAsideUsd">Their sum.</param>
public sealed record FundingYearRun(
    int Run,
    int Year,
    FundingYearReport Report,
    ImmutableSortedDictionary<DonorId, decimal> BroughtForwardUsd,
    ImmutableArray<string> WithoutVote,
    int SetAsideCount,
    decimal SetAsideUsd)
{
    /// <summary>The contributor's money new this year: its budget less what it brought forward.</summary>
    public decimal NewMoneyOf(DonorLedgerLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.ContributedUsd - BroughtForwardUsd.GetValueOrDefault(line.Donor);
    }
}
