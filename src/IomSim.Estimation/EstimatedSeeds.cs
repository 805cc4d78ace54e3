using IomSim.Estimation.Habits;
using IomSim.Estimation.IdealPointModel;
using IomSim.Estimation.Input;
using IomSim.Estimation.Output;

namespace IomSim.Estimation;

/// <summary>
/// The four seed files the estimation writes, as text: what the tool writes and what the test that reruns the
/// estimation compares with the committed files, byte for byte.
/// </summary>
public sealed class EstimatedSeeds
{
    /// <summary>The file names in <c>seeds/</c>, in the order they are written.</summary>
    public static IReadOnlyList<string> FileNames { get; } = ["positions.csv", "vote-habits.csv", "roll-call-items.csv", "vote-choice.csv"];

    private EstimatedSeeds(IdealPointFit fit, IReadOnlyList<VoteHabitRow> habits, IReadOnlyDictionary<string, string> files)
    {
        Fit = fit;
        Habits = habits;
        Files = files;
    }

    /// <summary>The fit behind the files.</summary>
    public IdealPointFit Fit { get; }

    /// <summary>The habits rows.</summary>
    public IReadOnlyList<VoteHabitRow> Habits { get; }

    /// <summary>Each file's whole text, by file name.</summary>
    public IReadOnlyDictionary<string, string> Files { get; }

    /// <summary>Fits the model and formats the four files.</summary>
    public static EstimatedSeeds Create(StateVotes votes, IdealPointOptions options)
    {
        ArgumentNullException.ThrowIfNull(votes);
        var fit = IdealPointEstimator.Fit(votes, options);
        var habits = VoteHabitsEstimator.Estimate(votes, fit);
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["positions.csv"] = PositionsCsv.Format(fit, votes.States),
            ["vote-habits.csv"] = VoteHabitsCsv.Format(habits),
            ["roll-call-items.csv"] = RollCallItemsCsv.Format(fit, votes),
            ["vote-choice.csv"] = VoteChoiceCsv.Format(fit),
        };
        return new EstimatedSeeds(fit, habits, files);
    }

    /// <summary>Writes every file into <paramref name="folder"/>, each whole or not at all.</summary>
    public void Write(string folder)
    {
        foreach (var name in FileNames)
        {
            SeedFileText.Write(Path.Combine(folder, name), Files[name]);
        }
    }
}
