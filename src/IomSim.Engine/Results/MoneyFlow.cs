namespace IomSim.Engine.Results;

/// <summary>
/// A year's money, means over runs, in US dollars. Voluntary money: every dollar contributed (brought forward
/// included) went to projects that ran, to the core (unearmarked), back to donors (projects cancelled) or is carried
/// over to the next year.
/// </summary>
/// <param name="NewVoluntaryUsd">Voluntary money new this year.</param>
/// <param name="BroughtForwardUsd">Carried over from the year before.</param>
/// <param name="ToProjectsUsd">Spent on projects that ran.</param>
/// <param name="ToCoreUsd">Unearmarked, to the core.</param>
/// <param name="ReturnedUsd">Returned to donors: pledges to projects that never started.</param>
/// <param name="CarriedOverUsd">Carried over: pledges beyond a project's need, and money no project matched.</param>
/// <param name="OverheadIncomeUsd">Overhead on projects that ran, funding the core.</param>
/// <param name="AssessedDueUsd">Assessed contributions due (set in Swiss francs).</param>
/// <param name="AssessedPaidUsd">Assessed contributions paid.</param>
/// <param name="AppealUsd">The cost of the year's appeal.</param>
/// <param name="BalancedInEveryRun">Whether every run's ledger accounted for every dollar.</param>
public sealed record MoneyFlow(
    double NewVoluntaryUsd,
    double BroughtForwardUsd,
    double ToProjectsUsd,
    double ToCoreUsd,
    double ReturnedUsd,
    double CarriedOverUsd,
    double OverheadIncomeUsd,
    double AssessedDueUsd,
    double AssessedPaidUsd,
    double AppealUsd,
    bool BalancedInEveryRun);
