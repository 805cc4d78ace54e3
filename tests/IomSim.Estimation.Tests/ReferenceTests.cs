using IomSim.Estimation.Classical;
using IomSim.Estimation.IdealPointModel;
using IomSim.Estimation.Input;
using IomSim.Testing;

namespace IomSim.Estimation.Tests;

/// <summary>
/// Reruns the estimation on the shared reference data and checks it against the committed seed files, byte for byte:
/// anyone can check them. The reference folder is ../shared/reference from the repository root (the folder holding
/// IomSim.sln).
/// </summary>
public class ReferenceTests
{
    private static readonly Lazy<(string Root, StateVotes Votes, EstimatedSeeds Seeds)> s_run = new(() =>
    {
        var root = RepositoryRoot.Path;
        var reference = RepositoryRoot.SharedReference;
        Assert.True(Directory.Exists(reference), $"The reference data is expected at {reference} (../shared/reference beside the repository).");
        var votes = StateVotes.Map(UnvotesReader.ReadFolder(reference), StatesFile.ReadFile(Path.Combine(root, "seeds", "states.csv")));
        return (root, votes, EstimatedSeeds.Create(votes, new IdealPointOptions()));
    });

    public static TheoryData<string> SeedFiles => [.. EstimatedSeeds.FileNames];

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void Rerunning_the_estimation_reproduces_the_committed_seed_file_byte_for_byte(string file)
    {
        var (root, _, seeds) = s_run.Value;
        var committed = File.ReadAllBytes(Path.Combine(root, "seeds", file));
        var rerun = new System.Text.UTF8Encoding(false).GetBytes(seeds.Files[file]);
        Assert.True(
            committed.AsSpan().SequenceEqual(rerun),
            $"seeds/{file} differs from a fresh estimation: regenerate the seed files with " +
            "`dotnet run --project tools/IomSim.EstimatePositions -- --reference ../shared/reference --states seeds/states.csv --out seeds`.");
    }

    [Fact]
    public void The_anchors_and_the_blocs_fall_where_expected()
    {
        var fit = s_run.Value.Seeds.Fit;
        var rows = fit.States.ToDictionary(s => s.Code);
        Assert.True(rows["USA"].Points.General.First > 0);
        Assert.True(rows["RUS"].Points.General.Second > 0);
        foreach (var west in new[] { "USA", "CAN", "AUS", "DEU", "GBR" })
        {
            foreach (var east in new[] { "RUS", "CHN", "IRN", "SYR", "PRK" })
            {
                Assert.True(rows[west].Points.General.First > rows[east].Points.General.First, $"{west} dim1 above {east}");
                Assert.True(rows[west].Points.IssueSpecific["hr"].First > rows[east].Points.IssueSpecific["hr"].First, $"{west} hr_dim1 above {east}");
            }
        }

        Assert.Contains("NAM", rows.Keys);
        Assert.Contains("SRB", rows.Keys);
        Assert.DoesNotContain("VAT", rows.Keys);
    }

    [Fact]
    public void The_dimensions_separate_and_the_model_classifies_well()
    {
        var diagnostics = s_run.Value.Seeds.Fit.Diagnostics;
        var correlation = diagnostics.Correlations.Single(c => c.Pair == "dim1~dim2").Correlation;
        Assert.InRange(Math.Abs(correlation), 0, 0.1);
        Assert.True(diagnostics.Fit.CorrectlyClassified > 0.9, $"PCC {diagnostics.Fit.CorrectlyClassified}");
        Assert.True(diagnostics.Fit.Apre > 0.5, $"APRE {diagnostics.Fit.Apre}");
        var deviances = diagnostics.DevianceByModel.Select(d => d.Deviance).ToArray();
        Assert.True(deviances.Zip(deviances.Skip(1)).All(p => p.Second < p.First), "each added part lowers the deviance");
    }

    [Fact]
    public void The_classical_baseline_still_reproduces_the_positions_file_it_replaced()
    {
        var (_, votes, _) = s_run.Value;
        var states = votes.States;
        var estimate = ClassicalPositions.Estimate(votes.Data, states, new ClassicalOptions());
        var fixture = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "positions-classical-2010-2017.csv"));
        var rerun = new System.Text.UTF8Encoding(false).GetBytes(ClassicalPositionsCsv.Format(estimate.Positions));
        Assert.True(fixture.AsSpan().SequenceEqual(rerun), "the classical scaling no longer gives main's seeds/positions.csv");
    }
}
