using FsCheck;
using FsCheck.Fluent;
using IomSim.Engine.Measures;

namespace IomSim.Engine.Tests.Measures;

/// <summary>The measures catalogue and its intervals.</summary>
public sealed class MeasureSummaryTests
{
    [Fact]
    public void Shares_and_their_intervals_stay_within_zero_and_one()
    {
        var shares = MeasureCatalogue.All.Where(m => m.Unit is "share" or "index").ToArray();
        var values = Gen.Choose(0, 1000).Select(v => v / 1000.0);
        Prop.ForAll(Gen.Elements(shares).ToArbitrary(), Gen.NonEmptyListOf(values).ToArbitrary(), (measure, runs) =>
        {
            // A Wilson measure takes each run as 0 or 1, as runs give it.
            double[] data = measure.Interval == IntervalMethod.Wilson ? [.. runs.Select(v => Math.Round(v))] : [.. runs];
            var interval = MeasureSummary.Estimate(measure, data);
            return interval.Low >= 0 && interval.High <= 1 && interval.Low <= interval.Estimate && interval.Estimate <= interval.High;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_count_interval_is_cut_at_zero()
    {
        var interval = MeasureSummary.Estimate(MeasureCatalogue.Find("cancelled-projects")!, [0, 0, 0, 1]);

        Assert.Equal(0.25, interval.Estimate);
        Assert.Equal(0, interval.Low);
    }

    [Fact]
    public void Names_are_unique_and_found()
    {
        Assert.Equal(MeasureCatalogue.All.Length, MeasureCatalogue.All.Select(m => m.Name).Distinct().Count());
        Assert.All(MeasureCatalogue.All, m => Assert.Same(m, MeasureCatalogue.Find(m.Name)));
        Assert.Null(MeasureCatalogue.Find("coverge"));
    }

    [Fact]
    public void A_played_budget_year_gives_the_summary_figures_run_by_run()
    {
        var result = new ScenarioEngine(Scenarios.World).Run(FundingScenarios.Years2021And2022(), 3, 2021, 1);

        foreach (var year in result.Funding)
        {
            Assert.Equal([0, 1, 2], year.PerRun.Select(r => r.Run));
            double Mean(string name) => year.PerRun.Average(r => r.Values[MeasureCatalogue.BudgetYear.IndexOf(MeasureCatalogue.Find(name)!)]);
            Assert.Equal(year.Overall.Coverage.Mean, Mean("coverage"), 12);
            Assert.Equal(year.Overall.Cancelled, Mean("cancelled-projects"), 12);
            Assert.Equal(year.Flow.NewVoluntaryUsd, Mean("voluntary-new"), 3);
            Assert.Equal(year.Flow.AssessedPaidUsd, Mean("assessed-paid"), 3);
            Assert.Equal(year.WithoutVote.Values.Sum(), Mean("without-vote"), 12);
            Assert.InRange(Mean("top-five-share"), 0, 1);
        }
    }
}
