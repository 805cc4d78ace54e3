using IomSim.Estimation.IdealPointModel;
using IomSim.Estimation.Input;
using IomSim.Estimation.Output;

namespace IomSim.Estimation.Tests;

/// <summary>The new seed files read back as written, and a bad field is named by file, line and column.</summary>
public sealed class SeedFileFormatTests
{
    private static readonly Lazy<(StateVotes Votes, EstimatedSeeds Seeds)> s_seeds = new(() =>
    {
        var assembly = new SyntheticAssembly();
        var votes = assembly.Votes();
        var options = new IdealPointOptions { MinVotes = 20 };
        return (votes, EstimatedSeeds.Create(votes, options));
    });

    [Fact]
    public void Roll_call_items_read_back_with_their_parameters_to_six_decimals()
    {
        var (_, seeds) = s_seeds.Value;
        var read = RollCallItemsCsv.Read(new StringReader(seeds.Files["roll-call-items.csv"]), "roll-call-items.csv");
        Assert.Equal(seeds.Fit.Items.Select(i => i.Rcid), read.Select(i => i.Rcid));
        foreach (var (written, back) in seeds.Fit.Items.Zip(read))
        {
            Assert.Equal(written.Parameters.LowerCut, back.Parameters.LowerCut, 6);
            Assert.Equal(written.Parameters.Discrimination.Second, back.Parameters.Discrimination.Second, 6);
            Assert.Equal(written.Issues, back.Issues);
            Assert.Equal(written.Symbol, back.Symbol);
        }
    }

    [Fact]
    public void Habits_positions_and_weights_read_back()
    {
        var (votes, seeds) = s_seeds.Value;
        var habits = VoteHabitsCsv.Read(new StringReader(seeds.Files["vote-habits.csv"]), "vote-habits.csv");
        Assert.Contains("*", habits.Keys);
        Assert.Equal(SyntheticAssembly.StateCount + 1, habits.Count);
        Assert.True(habits[votes.States[0].Code.Value].ByIssue.ContainsKey("hr"));
        var points = PositionsCsv.ReadIdealPoints(new StringReader(seeds.Files["positions.csv"]), "positions.csv");
        var state = seeds.Fit.States[3];
        Assert.Equal(state.Points.General.First, points[state.Code].General.First, 4);
        Assert.Equal(state.Points.IssueSpecific["hr"].Second, points[state.Code].IssueSpecific["hr"].Second, 4);
        var weights = VoteChoiceCsv.Read(new StringReader(seeds.Files["vote-choice.csv"]), "vote-choice.csv");
        Assert.Equal(seeds.Fit.Choice.AmbivalenceWeight, weights.AmbivalenceWeight, 6);
        Assert.StartsWith(PositionsCsv.Header + "\n", seeds.Files["positions.csv"], StringComparison.Ordinal);
        Assert.StartsWith(VoteHabitsCsv.Header + "\n", seeds.Files["vote-habits.csv"], StringComparison.Ordinal);
        Assert.StartsWith(RollCallItemsCsv.Header + "\n", seeds.Files["roll-call-items.csv"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_field_is_named_by_file_line_and_column()
    {
        var items = RollCallItemsCsv.Header + "\n5245,R/67/219,2012-12-21,ec,MIGRATION,x,-7.8,-2.4,1.0,0.5,129,49,3,12,s\n";
        var error = Assert.Throws<InputFileException>(() => RollCallItemsCsv.Read(new StringReader(items), "items.csv"));
        Assert.Equal(("items.csv", 2L, "upper_cut"), (error.File, error.Line, error.Field));

        var habits = VoteHabitsCsv.Header + "\nUSA,all,10,9,1,1.5,0.1,0,roll-calls,s\n";
        error = Assert.Throws<InputFileException>(() => VoteHabitsCsv.Read(new StringReader(habits), "habits.csv"));
        Assert.Equal(("habits.csv", 2L, "not_voting_rate"), (error.File, error.Line, error.Field));
    }

    [Fact]
    public void Every_row_has_a_source()
    {
        var (_, seeds) = s_seeds.Value;
        foreach (var (name, text) in seeds.Files)
        {
            var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.EndsWith("source", lines[0], StringComparison.Ordinal);
            Assert.All(lines.Skip(1), l => Assert.Contains("docs/positions.md", l, StringComparison.Ordinal));
            Assert.True(lines.Length > 1, name);
        }
    }
}
