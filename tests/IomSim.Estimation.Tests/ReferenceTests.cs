using IomSim.Estimation.Input;
using IomSim.Estimation.Scaling;
using IomSim.Testing;

namespace IomSim.Estimation.Tests;

/// <summary>
/// Reruns the estimation on the shared reference data and checks it against the committed seeds/positions.csv,
/// byte for byte: anyone can check the seed file. The reference folder is ../shared/reference from the repository
/// root (the folder holding IomSim.sln).
/// </summary>
public class ReferenceTests
{
    private static readonly Lazy<(string Root, PositionEstimate Estimate)> s_run = new(() =>
    {
        var root = RepositoryRoot.Path;
        var reference = Path.GetFullPath(Path.Combine(root, "..", "shared", "reference"));
        Assert.True(Directory.Exists(reference), $"The reference data is expected at {reference} (../shared/reference beside the repository).");
        var estimate = PositionEstimator.Estimate(
            UnvotesReader.ReadFolder(reference),
            StatesFile.ReadFile(Path.Combine(root, "seeds", "states.csv")),
            new IdealPointOptions());
        return (root, estimate);
    });

    [Fact]
    public void Rerunning_the_estimation_reproduces_seeds_positions_csv_byte_for_byte()
    {
        var (root, estimate) = s_run.Value;
        var committed = File.ReadAllBytes(Path.Combine(root, "seeds", "positions.csv"));
        var rerun = new System.Text.UTF8Encoding(false).GetBytes(PositionsCsv.Format(estimate.Positions));
        Assert.True(
            committed.AsSpan().SequenceEqual(rerun),
            "seeds/positions.csv differs from a fresh estimation: regenerate it with " +
            "`dotnet run --project tools/IomSim.EstimatePositions -- --reference ../shared/reference --states seeds/states.csv --out seeds/positions.csv`.");
    }

    [Fact]
    public void The_anchors_and_the_blocs_fall_where_expected()
    {
        var rows = s_run.Value.Estimate.Positions.ToDictionary(p => p.Code.Value);
        Assert.True(rows["USA"].Position.Alignment > 0);
        Assert.True(rows["SWE"].Position.Rights > 0);
        foreach (var west in new[] { "USA", "CAN", "AUS", "DEU", "GBR" })
        {
            foreach (var east in new[] { "RUS", "CHN", "IRN", "SYR", "PRK" })
            {
                Assert.True(rows[west].Position.Alignment > rows[east].Position.Alignment, $"{west} alignment above {east}");
                Assert.True(rows[west].Position.Rights > rows[east].Position.Rights, $"{west} rights above {east}");
            }
        }

        Assert.Equal(PositionBasis.Default, rows["COK"].Basis);
        Assert.Equal(PositionBasis.Default, rows["VAT"].Basis);
        Assert.Equal(PositionBasis.RollCalls, rows["NAM"].Basis);
        Assert.Equal(PositionBasis.RollCalls, rows["SRB"].Basis);
        Assert.All(rows.Values, r => Assert.InRange(r.Position.Alignment, -1, 1));
        Assert.All(rows.Values, r => Assert.InRange(r.Position.Rights, -1, 1));
    }
}
