using IomSim.Engine.Sweeps;

namespace IomSim.Engine.Tests.Sweeps;

/// <summary>One-at-a-time effects and first-order indices worked by hand.</summary>
public sealed class SensitivityTests
{
    [Fact]
    public void A_number_that_alone_decides_the_outcome_explains_all_of_it_and_the_other_none()
    {
        // Y = X0 on a 2 × 2 grid, two runs per setting.
        SweepCell[] cells = [Cell([0, 0], 0, 0), Cell([0, 1], 0, 0), Cell([1, 0], 1, 1), Cell([1, 1], 1, 1)];

        Assert.Equal(1, Sensitivity.FirstOrderIndex(cells, 0), 12);
        Assert.Equal(0, Sensitivity.FirstOrderIndex(cells, 1), 12);
    }

    [Fact]
    public void An_interaction_splits_the_variance()
    {
        // Y = X0 and X1, one run each: Var(Y) = 1/4 * 3/4 = 3/16. E[Y | X0] is 0 or 1/2 around a mean of 1/4,
        // so Var(E[Y | X0]) = 1/16 and S0 = S1 = 1/3; the remaining 1/3 is the interaction.
        SweepCell[] cells = [Cell([0, 0], 0), Cell([0, 1], 0), Cell([1, 0], 0), Cell([1, 1], 1)];

        Assert.Equal(1.0 / 3, Sensitivity.FirstOrderIndex(cells, 0), 12);
        Assert.Equal(1.0 / 3, Sensitivity.FirstOrderIndex(cells, 1), 12);
    }

    [Fact]
    public void A_measure_that_never_varies_has_index_zero()
    {
        SweepCell[] cells = [Cell([0], 1, 1), Cell([1], 1, 1)];

        Assert.Equal(0, Sensitivity.FirstOrderIndex(cells, 0));
    }

    [Fact]
    public void One_at_a_time_holds_the_other_numbers_at_their_central_step()
    {
        // 3 × 3 grid; Y's mean is X0 / 2 + X1 / 10 at each setting (two runs around it).
        var cells = (from a in Enumerable.Range(0, 3)
                     from b in Enumerable.Range(0, 3)
                     let mean = (a / 2.0) + (b / 10.0)
                     select Cell([a, b], mean - 0.05, mean + 0.05)).ToArray();

        var centre = Sensitivity.CentralStep(3);

        Assert.Equal(1, centre);
        Assert.Equal([0.1, 0.6, 1.1], Sensitivity.OneAtATime(cells, 0, [centre, centre], 3).Select(v => Math.Round(v, 10)));
        Assert.Equal([0.5, 0.6, 0.7], Sensitivity.OneAtATime(cells, 1, [centre, centre], 3).Select(v => Math.Round(v, 10)));
        Assert.Equal(0, Sensitivity.CentralStep(2));
    }

    private static SweepCell Cell(int[] levels, params double[] values) => new([.. levels], [.. values]);
}
