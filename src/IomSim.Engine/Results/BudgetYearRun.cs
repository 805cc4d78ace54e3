using System.Collections.Immutable;

namespace IomSim.Engine.Results;

/// <summary>
/// One budget year in one run, as figures: what the per-run tables and the results store keep of a
/// <see cref="FundingYearRun"/> (whose ledger is too large to keep for every run). Money in US dollars, except arrears,
/// which IOM counts in Swiss francs.
/// </summary>
/// <param name="Run">The run index.</param>
/// <param name="ItemId">The budget item whose adoption (or rejection) started the year.</param>
/// <param name="Year">The budget year.</param>
/// <param name="Projects">Projects in the year's appeal.</param>
/// <param name="CostUsd">Their whole cost.</param>
/// <param name="FundedUsd">Money pledged and accepted for them.</param>
/// <param name="Coverage">Funded over cost, 0 to 1.</param>
/// <param name="UnfundedProjects">Projects that got nothing.</param>
/// <param name="CancelledProjects">Projects cancelled for too little money.</param>
/// <param name="TopFiveShare">The five largest governments' (or the EU's) share of governments' and the EU's new voluntary money this run.</param>
/// <param name="Herfindahl">The Herfindahl index over the same contributors and money.</param>
/// <param name="NewVoluntaryUsd">Voluntary money new this year (all contributors).</param>
/// <param name="BroughtForwardUsd">Voluntary money carried over from the year before.</param>
/// <param name="ToProjectsUsd">Money spent on projects that ran.</param>
/// <param name="ToCoreUsd">Unearmarked money, to the core.</param>
/// <param name="ReturnedUsd">Money given back by cancelled projects.</param>
/// <param name="CarriedOverUsd">Money carried over to the next year.</param>
/// <param name="AssessedDueUsd">Assessed contributions due for the year.</param>
/// <param name="AssessedPaidUsd">Assessed contributions paid in the year.</param>
/// <param name="ArrearsChf">All members' arrears at the end of the year, in Swiss francs.</param>
/// <param name="MembersInArrears">Members with arrears at the end of the year.</param>
/// <param name="WithoutVote">Members without a vote on 31 December because of their arrears, in code order.</param>
/// <param name="Balanced">Whether every dollar of the year's ledger is accounted for.</param>
public sealed record BudgetYearRun(
    int Run,
    string ItemId,
    int Year,
    int Projects,
    double CostUsd,
    double FundedUsd,
    double Coverage,
    int UnfundedProjects,
    int CancelledProjects,
    double TopFiveShare,
    double Herfindahl,
    double NewVoluntaryUsd,
    double BroughtForwardUsd,
    double ToProjectsUsd,
    double ToCoreUsd,
    double ReturnedUsd,
    double CarriedOverUsd,
    double AssessedDueUsd,
    double AssessedPaidUsd,
    double ArrearsChf,
    int MembersInArrears,
    ImmutableArray<string> WithoutVote,
    bool Balanced)
{
    /// <summary>Equal when every figure is the same (the list compared by content).</summary>
    public bool Equals(BudgetYearRun? other) =>
        other is not null
        && (Run, ItemId, Year, Projects, CostUsd, FundedUsd, Coverage, UnfundedProjects, CancelledProjects, TopFiveShare, Herfindahl)
            == (other.Run, other.ItemId, other.Year, other.Projects, other.CostUsd, other.FundedUsd, other.Coverage, other.UnfundedProjects,
                other.CancelledProjects, other.TopFiveShare, other.Herfindahl)
        && (NewVoluntaryUsd, BroughtForwardUsd, ToProjectsUsd, ToCoreUsd, ReturnedUsd, CarriedOverUsd, AssessedDueUsd, AssessedPaidUsd, ArrearsChf, MembersInArrears, Balanced)
            == (other.NewVoluntaryUsd, other.BroughtForwardUsd, other.ToProjectsUsd, other.ToCoreUsd, other.ReturnedUsd, other.CarriedOverUsd,
                other.AssessedDueUsd, other.AssessedPaidUsd, other.ArrearsChf, other.MembersInArrears, other.Balanced)
        && WithoutVote.SequenceEqual(other.WithoutVote, StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Run, ItemId, Year, Coverage);
}
