using FsCheck;
using FsCheck.Fluent;
using IomSim.Engine.Comparison;
using IomSim.Engine.Measures;
using IomSim.Engine.Sweeps;
using Interval = IomSim.Engine.Sweeps.Interval;

namespace IomSim.Engine.Tests.Comparison;

/// <summary>Paired changes and the sign test: invariants, values worked by hand, and a counterfactual played on the engine.</summary>
public sealed class PairedComparisonTests
{
    private static readonly MeasureDefinition s_coverage = MeasureCatalogue.Find("coverage")!;

    [Fact]
    public void The_paired_change_of_identical_runs_is_exactly_zero()
    {
        var values = Gen.Choose(-1_000_000, 1_000_000).Select(v => v / 997.0);
        Prop.ForAll(Gen.NonEmptyListOf(values).ToArbitrary(), runs =>
        {
            var change = PairedComparison.Change("s", s_coverage, [.. runs.Select(v => (v, v))]);
            return change.Change == new Interval(0, 0, 0) && (change.Up, change.Down, change.SignTestP) == (0, 0, 1.0) && change.Reading == "no change";
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void The_sign_test_is_symmetric_and_a_probability()
    {
        Prop.ForAll(Gen.Choose(0, 300).ToArbitrary(), Gen.Choose(0, 300).ToArbitrary(), (up, down) =>
        {
            var p = SignTest.TwoSided(up, down);
            return p == SignTest.TwoSided(down, up) && p is >= 0 and <= 1;
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData(9, 1, 22.0 / 1024)]      // 2 · (C(10,0) + C(10,1)) / 2^10
    [InlineData(8, 0, 2.0 / 256)]        // 2 · (1/2)^8
    [InlineData(5, 5, 1.0)]
    [InlineData(0, 0, 1.0)]
    public void The_sign_test_is_the_exact_binomial_one(int up, int down, double p) =>
        Assert.Equal(p, SignTest.TwoSided(up, down), 12);

    [Fact]
    public void A_change_in_every_run_is_a_signal_and_its_interval_is_students_t_on_the_differences()
    {
        // Differences 1, 2, 3, 4, 5: mean 3, half-width t(4; 0.975) · sqrt(2.5) / sqrt(5) = 1.963243.
        var change = PairedComparison.Change("s", s_coverage, [(10, 11), (10, 12), (10, 13), (10, 14), (10, 15)]);

        Assert.Equal((10.0, 13.0, 3.0), (change.Baseline, change.Counterfactual, change.Change.Estimate));
        Assert.Equal(3 - 1.963243, change.Change.Low, 5);
        Assert.Equal(3 + 1.963243, change.Change.High, 5);
        Assert.Equal((5, 0, "signal"), (change.Up, change.Down, change.Reading));
        Assert.Equal(0.0625, change.SignTestP, 12);
    }

    [Fact]
    public void Changes_that_cancel_out_are_noise()
    {
        var change = PairedComparison.Change("s", s_coverage, [(0.5, 0.6), (0.5, 0.4), (0.5, 0.55), (0.5, 0.45)]);

        Assert.False(change.Distinguishable);
        Assert.Equal("noise", change.Reading);
        Assert.Equal(1.0, change.SignTestP);
    }

    [Fact]
    public void A_counterfactual_on_the_engine_pairs_with_its_baseline_and_with_itself_changes_nothing()
    {
        var engine = new ScenarioEngine(Scenarios.World);
        var baseline = engine.Run(FundingScenarios.Years2021And2022(), 4, 2021, 2);
        var halved = engine.Run(FundingScenarios.Years2021And2022(FundingScenarios.Scale("USA", 0.5)), 4, 2021, 2);
        var again = engine.Run(FundingScenarios.Years2021And2022(), 4, 2021, 1);

        var same = PairedComparison.Of(baseline, again);
        var changed = PairedComparison.Of(baseline, halved);

        Assert.NotEmpty(same);
        Assert.All(same, c => Assert.Equal(new Interval(0, 0, 0), c.Change));
        var coverage = changed.Single(c => c.Section == "funding 2021" && c.Measure.Name == "coverage");
        Assert.Equal((4, 4, 0), (coverage.Pairs, coverage.Down, coverage.Up));
        Assert.True(coverage.Change.High < 0);
        Assert.Throws<ArgumentException>(() => PairedComparison.Of(baseline, engine.Run(FundingScenarios.Years2021And2022(), 2, 7, 1)));
    }
}
