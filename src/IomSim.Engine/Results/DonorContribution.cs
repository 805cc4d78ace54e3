namespace IomSim.Engine.Results;

/// <summary>One contributor's money in a year, means over runs, in US dollars.</summary>
/// <param name="Donor">Its id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Kind">What sort of contributor (<c>state</c>, <c>european-union</c>, …).</param>
/// <param name="AssessedDueUsd">Its assessed contribution (members only).</param>
/// <param name="AssessedPaidUsd">What it paid of it.</param>
/// <param name="VoluntaryUsd">Its voluntary money new this year.</param>
/// <param name="ToProjectsUsd">Spent on projects that ran.</param>
/// <param name="ReturnedUsd">Returned to it.</param>
/// <param name="CarriedOverUsd">Carried over for it.</param>
public sealed record DonorContribution(
    string Donor,
    string Name,
    string Kind,
    double AssessedDueUsd,
    double AssessedPaidUsd,
    double VoluntaryUsd,
    double ToProjectsUsd,
    double ReturnedUsd,
    double CarriedOverUsd);
