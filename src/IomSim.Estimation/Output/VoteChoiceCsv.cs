using System.Text;
using IomSim.Domain.Decisions;
using IomSim.Estimation.IdealPointModel;
using IomSim.Estimation.Input;

namespace IomSim.Estimation.Output;

/// <summary>
/// <c>seeds/vote-choice.csv</c>: the vote-choice function's weights fitted beside the ideal points
/// (<see cref="VoteChoiceParameters"/>), one per row: <c>parameter,value,source</c>.
/// </summary>
public static class VoteChoiceCsv
{
    /// <summary>The header row.</summary>
    public const string Header = "parameter,value,source";

    private static readonly string[] s_columns = ["parameter", "value"];

    /// <summary>The file's whole text.</summary>
    public static string Format(IdealPointFit fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        var source = SeedFileText.Field(
            $"fitted by Newton's method on every fitted state and fitted UNGA roll call {PositionsCsv.Window(fit)} held while a UN member (unvotes), after the ideal points; see docs/positions.md");
        var text = new StringBuilder();
        text.Append(Header).Append('\n');
        text.Append("ambivalence_weight,").Append(Numbers.Six(fit.Choice.AmbivalenceWeight)).Append(',').Append(source).Append('\n');
        text.Append("mean_ambivalence,").Append(Numbers.Six(fit.Choice.MeanAmbivalence)).Append(',').Append(source).Append('\n');
        return text.ToString();
    }

    /// <summary>Reads the file.</summary>
    /// <exception cref="InputFileException">A bad or missing parameter, named by file, line and column.</exception>
    public static VoteChoiceParameters Read(TextReader text, string file)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var row in CsvTable.Read(text, file, s_columns))
        {
            var name = row["parameter"];
            if (name is not ("ambivalence_weight" or "mean_ambivalence"))
            {
                throw row.Error("parameter", $"'{name}' is not a parameter (expected ambivalence_weight or mean_ambivalence).");
            }

            if (!values.TryAdd(name, VoteHabitsCsv.Number(row, "value")))
            {
                throw row.Error("parameter", $"{name} appears twice.");
            }
        }

        foreach (var name in new[] { "ambivalence_weight", "mean_ambivalence" })
        {
            if (!values.ContainsKey(name))
            {
                throw new InputFileException(file, 0, "parameter", $"the file has no {name} row.");
            }
        }

        return new VoteChoiceParameters { AmbivalenceWeight = values["ambivalence_weight"], MeanAmbivalence = values["mean_ambivalence"] };
    }
}
