using IomSim.Estimation.Classical;

namespace IomSim.Estimation.Tests;

public class ScalingTests
{
    [Fact]
    public void Classical_scaling_recovers_a_euclidean_configuration_exactly()
    {
        // A configuration whose principal axes are x and y, with more spread along x.
        double[][] points = [[-3, -1], [-3, 1], [3, -1], [3, 1], [0, 0], [-1, 0], [1, 0]];
        var meanX = points.Average(p => p[0]);
        var meanY = points.Average(p => p[1]);
        var distances = points.Select(p => points.Select(q => Math.Sqrt(Math.Pow(p[0] - q[0], 2) + Math.Pow(p[1] - q[1], 2))).ToArray()).ToArray();

        var result = ClassicalScaling.Scale(distances, 2);

        for (var d = 0; d < 2; d++)
        {
            var truth = points.Select(p => p[d] - (d == 0 ? meanX : meanY)).ToArray();
            var found = result.Dimension(d);
            var sign = Math.Sign(found.Zip(truth).Sum(pair => pair.First * pair.Second));
            for (var i = 0; i < points.Length; i++)
            {
                Assert.Equal(truth[i], sign * found[i], 9);
            }
        }

        Assert.Equal(1.0, result.VarianceExplained(0) + result.VarianceExplained(1), 9);
    }

    [Fact]
    public void Scaling_a_synthetic_assembly_recovers_the_known_positions()
    {
        // Tolerance: Pearson's r of at least 0.95 between the true and the estimated coordinate on each dimension.
        var assembly = Synthetic.Create();
        var options = new ClassicalOptions { AlignmentAnchor = assembly.Extreme(assembly.X, largest: true), RightsAnchor = assembly.Extreme(assembly.Y, largest: true) };

        var estimate = IdealPoints.Estimate(assembly.Votes, Synthetic.IsRights, options);

        Assert.Equal(assembly.States.Length, estimate.Points.Count);
        Assert.Empty(estimate.Excluded);
        var alignment = estimate.Points.Select(p => p.Alignment).ToArray();
        var rights = estimate.Points.Select(p => p.Rights).ToArray();
        Assert.True(Statistics.Correlation(alignment, assembly.X) >= 0.95, $"alignment vs x: r = {Statistics.Correlation(alignment, assembly.X)}");
        Assert.True(Statistics.Correlation(rights, assembly.Y) >= 0.95, $"rights vs y: r = {Statistics.Correlation(rights, assembly.Y)}");
        Assert.Equal(Synthetic.RightsRollCalls, estimate.RightsRollCallsUsed);
    }

    [Fact]
    public void Each_dimension_is_mapped_onto_minus_one_to_one()
    {
        var assembly = Synthetic.Create();
        var options = new ClassicalOptions { AlignmentAnchor = "S00", RightsAnchor = "S00" };

        var estimate = IdealPoints.Estimate(assembly.Votes, Synthetic.IsRights, options);

        Assert.Equal(-1.0, estimate.Points.Min(p => p.Alignment), 12);
        Assert.Equal(1.0, estimate.Points.Max(p => p.Alignment), 12);
        Assert.Equal(-1.0, estimate.Points.Min(p => p.Rights), 12);
        Assert.Equal(1.0, estimate.Points.Max(p => p.Rights), 12);
        var rawMin = estimate.Points.Min(p => p.RawAlignment);
        var rawMax = estimate.Points.Max(p => p.RawAlignment);
        Assert.All(estimate.Points, p => Assert.Equal((2 * (p.RawAlignment - rawMin) / (rawMax - rawMin)) - 1, p.Alignment, 12));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_anchors_orient_the_dimensions(bool anchorsAtTheTop)
    {
        var assembly = Synthetic.Create();
        var alignmentAnchor = assembly.Extreme(assembly.X, anchorsAtTheTop);
        var rightsAnchor = assembly.Extreme(assembly.Y, anchorsAtTheTop);
        var options = new ClassicalOptions { AlignmentAnchor = alignmentAnchor, RightsAnchor = rightsAnchor };

        var estimate = IdealPoints.Estimate(assembly.Votes, Synthetic.IsRights, options);

        var points = estimate.Points.ToDictionary(p => p.State);
        Assert.True(points[alignmentAnchor].Alignment > 0);
        Assert.True(points[rightsAnchor].Rights > 0);
        Assert.True(points[alignmentAnchor].RawAlignment > 0);

        // Flipping the anchor to the other end flips the dimension, and nothing else.
        var sign = anchorsAtTheTop ? 1 : -1;
        var alignment = estimate.Points.Select(p => sign * p.Alignment).ToArray();
        Assert.True(Statistics.Correlation(alignment, assembly.X) >= 0.95);
    }

    [Fact]
    public void An_anchor_that_is_not_scaled_is_an_error()
    {
        var assembly = Synthetic.Create();
        var error = Assert.Throws<EstimationException>(() =>
            IdealPoints.Estimate(assembly.Votes, Synthetic.IsRights, new ClassicalOptions { AlignmentAnchor = "USA", RightsAnchor = "S00" }));
        Assert.Contains("USA", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void States_with_too_few_votes_are_left_out_and_say_why()
    {
        // S03 votes only on the first 80 general roll calls: under 100 votes, and no human-rights vote at all.
        var assembly = Synthetic.Create(votesOf: i => i == 3 ? 80 : int.MaxValue);
        var options = new ClassicalOptions { AlignmentAnchor = "S00", RightsAnchor = "S00" };

        var estimate = IdealPoints.Estimate(assembly.Votes, Synthetic.IsRights, options);

        var left = Assert.Single(estimate.Excluded);
        Assert.Equal("S03", left.State);
        Assert.Contains("fewer than 100", left.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(estimate.Points, p => p.State == "S03");
    }

    [Fact]
    public void The_estimate_is_deterministic()
    {
        var first = IdealPoints.Estimate(Synthetic.Create().Votes, Synthetic.IsRights, new ClassicalOptions { AlignmentAnchor = "S01", RightsAnchor = "S02" });
        var second = IdealPoints.Estimate(Synthetic.Create().Votes, Synthetic.IsRights, new ClassicalOptions { AlignmentAnchor = "S01", RightsAnchor = "S02" });
        Assert.Equal(first.Points, second.Points);
    }

    [Fact]
    public void Unanimous_roll_calls_are_not_used()
    {
        var votes = VoteMatrix.Create(
            ["A", "B", "C"],
            [1, 2, 3],
            [("A", 1, Input.VoteChoice.Yes), ("B", 1, Input.VoteChoice.Yes), ("C", 1, Input.VoteChoice.Yes),
             ("A", 2, Input.VoteChoice.Yes), ("B", 2, Input.VoteChoice.No), ("C", 2, Input.VoteChoice.Abstain),
             ("A", 3, Input.VoteChoice.No), ("C", 3, Input.VoteChoice.No)]);
        Assert.True(votes.IsUnanimous(0));
        Assert.False(votes.IsUnanimous(1));
        Assert.True(votes.IsUnanimous(2));
    }
}
