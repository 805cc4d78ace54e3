namespace IomSim.Domain.Funding;

/// <summary>Where one donor's voluntary money went in a year.</summary>
/// <param name="Donor">Who.</param>
/// <param name="ContributedUsd">Its whole voluntary budget, earmarked and unearmarked.</param>
/// <param name="ToProjectsUsd">Accepted by projects that ran, and spent.</param>
/// <param name="ToCoreUsd">Its unearmarked money, which goes to IOM's core.</param>
/// <param name="ReturnedUsd">Accepted by projects that were cancelled, and given back.</param>
/// <param name="CarriedOverUsd">
/// Earmarked money no project took (refused as excess, or never placed); it stays with IOM for the donor's next year.
/// </param>
public sealed record DonorLedgerLine(DonorId Donor, decimal ContributedUsd, decimal ToProjectsUsd, decimal ToCoreUsd, decimal ReturnedUsd, decimal CarriedOverUsd)
{
    /// <summary>Whether every dollar is accounted for.</summary>
    public bool IsBalanced => ContributedUsd == ToProjectsUsd + ToCoreUsd + ReturnedUsd + CarriedOverUsd;
}
