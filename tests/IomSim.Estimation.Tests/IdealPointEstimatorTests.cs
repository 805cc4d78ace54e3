using IomSim.Estimation.Habits;
using IomSim.Estimation.IdealPointModel;
using MathNet.Numerics.Statistics;

namespace IomSim.Estimation.Tests;

/// <summary>The ideal-point model recovers known positions from votes drawn by the same model, the same way every time.</summary>
public sealed class IdealPointEstimatorTests
{
    private static readonly SyntheticAssembly s_assembly = new();

    private static IdealPointOptions Options => new() { MinVotes = 20 };

    [Fact]
    public void It_recovers_both_dimensions_of_a_known_assembly()
    {
        var fit = IdealPointEstimator.Fit(s_assembly.Votes(), Options);
        var byCode = fit.States.ToDictionary(s => s.Code);
        var first = s_assembly.Codes.Select(c => byCode[c].Points.General.First).ToArray();
        var second = s_assembly.Codes.Select(c => byCode[c].Points.General.Second).ToArray();
        Assert.True(Correlation.Pearson(first, s_assembly.First) > 0.95, $"dim1 r = {Correlation.Pearson(first, s_assembly.First)}");
        Assert.True(Correlation.Pearson(second, s_assembly.Second) > 0.85, $"dim2 r = {Correlation.Pearson(second, s_assembly.Second)}");
        Assert.True(fit.Diagnostics.Fit.CorrectlyClassified > 0.7, $"PCC {fit.Diagnostics.Fit.CorrectlyClassified}");
        Assert.True(fit.Diagnostics.DevianceByModel[1].Deviance < fit.Diagnostics.NullDeviance);
        Assert.True(fit.Diagnostics.DevianceByModel[2].Deviance < fit.Diagnostics.DevianceByModel[1].Deviance);
    }

    [Fact]
    public void Two_fits_give_the_same_numbers_to_the_last_bit()
    {
        var a = IdealPointEstimator.Fit(s_assembly.Votes(), Options);
        var b = IdealPointEstimator.Fit(s_assembly.Votes(), Options);
        Assert.Equal(a.States.Select(s => s.Points.General), b.States.Select(s => s.Points.General));
        Assert.Equal(a.Items.Select(i => i.Parameters), b.Items.Select(i => i.Parameters));
        Assert.Equal(a.Choice, b.Choice);
    }

    [Fact]
    public void A_training_cut_fits_only_the_roll_calls_dated_up_to_it()
    {
        var fit = IdealPointEstimator.Fit(s_assembly.Votes(), Options with { TrainUntil = new DateOnly(2011, 12, 31) });
        Assert.All(fit.Items, i => Assert.True(i.Date <= new DateOnly(2011, 12, 31)));
        Assert.DoesNotContain(fit.States, s => s.Code == s_assembly.Codes[^1]);
        Assert.Contains(fit.Excluded, e => e.Code == s_assembly.Codes[^1]);
    }

    [Fact]
    public void An_anchor_that_is_not_fitted_is_an_estimation_error()
    {
        var error = Assert.Throws<EstimationException>(() => IdealPointEstimator.Fit(s_assembly.Votes(), Options with { FirstAnchor = "XXX" }));
        Assert.Contains("XXX", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Habits_count_only_roll_calls_held_while_a_member_and_smooth_towards_the_state_s_rate()
    {
        var votes = s_assembly.Votes();
        var fit = IdealPointEstimator.Fit(votes, Options);
        var rows = VoteHabitsEstimator.Estimate(votes, fit);
        var late = rows.Single(r => r.Code == s_assembly.Codes[^1] && r.Issue == VoteHabitsEstimator.AllIssues);
        var early = rows.Single(r => r.Code == s_assembly.Codes[0] && r.Issue == VoteHabitsEstimator.AllIssues);
        Assert.Equal(votes.Data.RollCalls.Count(r => r.Date >= new DateOnly(2012, 1, 1)), late.RollCalls);
        Assert.True(early.RollCalls > late.RollCalls);
        Assert.InRange(late.NotVotingRate, 0.0, 0.2);
        foreach (var row in rows.Where(r => r.Code != VoteHabitsEstimator.AnyState))
        {
            var raw = row.RollCalls == 0 ? 0 : (double)(row.RollCalls - row.Votes) / row.RollCalls;
            var overall = rows.Single(r => r.Code == row.Code && r.Issue == VoteHabitsEstimator.AllIssues).NotVotingRate;
            // Smoothing moves an issue's rate from its raw value towards the state's overall rate, never past it.
            if (row.Issue != VoteHabitsEstimator.AllIssues)
            {
                Assert.InRange(row.NotVotingRate, Math.Min(raw, overall) - 1e-12, Math.Max(raw, overall) + 1e-12);
            }
        }
    }
}
