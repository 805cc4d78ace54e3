using IomSim.Engine.Sweeps;

namespace IomSim.Engine.Tests.Sweeps;

/// <summary>Confidence intervals against values worked by hand (and textbook tables).</summary>
public sealed class ConfidenceIntervalsTests
{
    [Theory]
    [InlineData(0, 10, 0.0, 0.0, 0.2775)]     // Wilson: not empty at 0%
    [InlineData(5, 10, 0.5, 0.2366, 0.7634)]
    [InlineData(10, 10, 1.0, 0.7225, 1.0)]
    [InlineData(81, 263, 0.30798, 0.25529, 0.36621)]
    public void Wilson_interval(int successes, int trials, double share, double low, double high)
    {
        var interval = ConfidenceIntervals.Wilson(successes, trials);

        Assert.Equal(share, interval.Estimate, 4);
        Assert.Equal(low, interval.Low, 4);
        Assert.Equal(high, interval.High, 4);
    }

    [Fact]
    public void Mean_interval_uses_students_t_with_n_minus_one_degrees_of_freedom()
    {
        // Mean 3, sample sd sqrt(2.5), t(4; 0.975) = 2.776445: half-width 2.776445 * 1.581139 / sqrt(5) = 1.963243.
        var interval = ConfidenceIntervals.Mean([1, 2, 3, 4, 5]);

        Assert.Equal(3, interval.Estimate, 10);
        Assert.Equal(3 - 1.963243, interval.Low, 5);
        Assert.Equal(3 + 1.963243, interval.High, 5);
    }

    [Fact]
    public void One_value_has_an_interval_of_no_width_and_none_is_zero()
    {
        Assert.Equal(new Interval(7, 7, 7), ConfidenceIntervals.Mean([7]));
        Assert.Equal(new Interval(0, 0, 0), ConfidenceIntervals.Mean([]));
    }
}
