using System.Collections.Immutable;
using IomSim.Domain.Funding;
using IomSim.Engine.Funding;
using IomSim.Engine.Results;

namespace IomSim.Engine.Measures;

/// <summary>
/// Every measure a run has, in one place: what sweeps summarise with intervals, what <c>compare</c> pairs run by run
/// with a counterfactual's baseline, and what experiment files may name. Item measures are read from a run's
/// <see cref="EventRun"/>, budget-year measures from its <see cref="FundingYearRun"/>.
/// </summary>
public static class MeasureCatalogue
{
    /// <summary>The measures of an agenda item, in output order.</summary>
    public static ImmutableArray<MeasureDefinition> Item { get; } =
    [
        new("adopted", "share", MeasureScope.Motion, IntervalMethod.Wilson, "the motion was adopted, by consensus or by vote"),
        new("formal-vote", "share", MeasureScope.Motion, IntervalMethod.Wilson, "a formal vote was held"),
        new("yes", "count", MeasureScope.Vote, IntervalMethod.StudentT, "members voting yes, in runs with a formal vote"),
        new("no", "count", MeasureScope.Vote, IntervalMethod.StudentT, "members voting no, in runs with a formal vote"),
        new("abstain", "count", MeasureScope.Vote, IntervalMethod.StudentT, "members abstaining, in runs with a formal vote"),
        new("absent", "count", MeasureScope.Vote, IntervalMethod.StudentT, "members absent, in runs with a formal vote"),
        new("not-entitled", "count", MeasureScope.Vote, IntervalMethod.StudentT, "members without a vote (arrears), in runs with a formal vote"),
    ];

    /// <summary>The measures of a budget year, in output order (the order of <see cref="BudgetYearMeasures.Values"/>).</summary>
    public static ImmutableArray<MeasureDefinition> BudgetYear { get; } =
    [
        new("coverage", "share", MeasureScope.BudgetYear, IntervalMethod.StudentT, "funded share of the appeal's cost"),
        new("top-five-share", "share", MeasureScope.BudgetYear, IntervalMethod.StudentT, "the five largest governments' or the EU's share of their new voluntary money (FundingSummary's definition, per run)"),
        new("herfindahl", "index", MeasureScope.BudgetYear, IntervalMethod.StudentT, "Herfindahl index (sum of squared shares) over the same contributors"),
        new("cancelled-projects", "count", MeasureScope.BudgetYear, IntervalMethod.StudentT, "projects that never started (pledged below the share needed to start)"),
        new("unfunded-projects", "count", MeasureScope.BudgetYear, IntervalMethod.StudentT, "projects that got nothing"),
        new("voluntary-new", "usd", MeasureScope.BudgetYear, IntervalMethod.StudentT, "voluntary money new this year"),
        new("overhead-income", "usd", MeasureScope.BudgetYear, IntervalMethod.StudentT, "overhead on projects that ran, funding the core"),
        new("assessed-paid", "usd", MeasureScope.BudgetYear, IntervalMethod.StudentT, "assessed contributions paid in the year"),
        new("arrears", "chf", MeasureScope.BudgetYear, IntervalMethod.StudentT, "members' arrears at the end of the year, in Swiss francs"),
        new("members-in-arrears", "count", MeasureScope.BudgetYear, IntervalMethod.StudentT, "members with arrears at the end of the year"),
        new("without-vote", "count", MeasureScope.BudgetYear, IntervalMethod.StudentT, "members without a vote at the end of the year because of their arrears"),
    ];

    /// <summary>Every measure: an item's, then a budget year's.</summary>
    public static ImmutableArray<MeasureDefinition> All { get; } = [.. Item, .. BudgetYear];

    /// <summary>The measure named <paramref name="name"/>, or null.</summary>
    public static MeasureDefinition? Find(string name) => All.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.Ordinal));

    /// <summary>The section a budget year's measures are listed under.</summary>
    public static string YearSection(int year) => $"funding {year}";

    /// <summary>
    /// The value of an item measure in one run, or null when the run does not have it (a tally without a formal vote, a
    /// motion measure of an election or acceptance).
    /// </summary>
    public static double? ValueOf(MeasureDefinition measure, string kind, EventRun run)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(run);
        if (Sweeps.SweepSummary.MotionKindOf(kind) is null)
        {
            return null;
        }

        if (measure.Name == "adopted")
        {
            return OutcomeNames.IsAdopted(run.Outcome) ? 1 : 0;
        }

        if (measure.Name == "formal-vote")
        {
            return run.Tally is null ? 0 : 1;
        }

        return run.Tally is not { } tally ? null : measure.Name switch
        {
            "yes" => tally.Yes,
            "no" => tally.No,
            "abstain" => tally.Abstain,
            "absent" => tally.Absent,
            "not-entitled" => tally.NotEntitled,
            _ => throw new ArgumentOutOfRangeException(nameof(measure), measure.Name, "Not an item measure."),
        };
    }

    /// <summary>A budget year of one run reduced to the <see cref="BudgetYear"/> measures.</summary>
    public static BudgetYearMeasures Of(FundingYearRun run, FundingWorld world)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(world);
        var ledger = run.Report.Ledger;
        var overall = AppealCoverage.Overall(ledger.Projects);

        // As FundingSummary counts them: governments and the EU, each one's new voluntary money, refunds set aside.
        var counted = ledger.Donors
            .Select(line => (line.Donor, Usd: run.NewMoneyOf(line)))
            .Where(d => d.Usd > 0 && KindOf(d.Donor, world) is DonorKind.State or DonorKind.EuropeanUnion)
            .Select(d => d.Usd)
            .ToArray();
        return new BudgetYearMeasures(run.Run, run.Year,
        [
            overall.Coverage,
            DonorConcentration.TopShare(counted, 5),
            DonorConcentration.Herfindahl(counted),
            overall.Cancelled,
            overall.Unfunded,
            (double)ledger.Donors.Sum(run.NewMoneyOf),
            (double)ledger.OverheadIncomeUsd,
            (double)FundingSummary.PaidUsd(run).Values.Sum(),
            (double)run.Report.ArrearsChf.Values.Sum(),
            run.Report.ArrearsChf.Count(a => a.Value > 0),
            run.WithoutVote.Length,
        ]);
    }

    private static DonorKind KindOf(DonorId donor, FundingWorld world) =>
        world.Donors.GetValueOrDefault(donor)?.Kind ?? (donor.State is null ? DonorKind.Other : DonorKind.State);
}
