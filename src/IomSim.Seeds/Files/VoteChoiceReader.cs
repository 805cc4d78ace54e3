using IomSim.Domain.Decisions;
using IomSim.Seeds.Csv;

namespace IomSim.Seeds.Files;

/// <summary>
/// Reads <c>seeds/vote-choice.csv</c> (written by the position-estimation tool): the weights of the four-choice model
/// fitted on the roll calls, one <c>parameter,value,source</c> row each: <c>ambivalence_weight</c>, <c>mean_ambivalence</c>.
/// </summary>
internal static class VoteChoiceReader
{
    public static readonly string[] Columns = ["parameter", "value", "source"];

    public static VoteChoiceParameters Read(SeedTable table)
    {
        double? weight = null, mean = null;
        foreach (var row in table.Rows)
        {
            row.Source();
            switch (row["parameter"])
            {
                case "ambivalence_weight" when weight is null:
                    weight = row.Number("value", -100, 100);
                    break;
                case "mean_ambivalence" when mean is null:
                    mean = row.Number("value", 0, 1);
                    break;
                case "ambivalence_weight" or "mean_ambivalence":
                    throw row.Error("parameter", $"duplicate row: {row["parameter"]} appears twice");
                default:
                    throw row.Error("parameter", $"'{row["parameter"]}' is not a vote-choice parameter (expected ambivalence_weight or mean_ambivalence)");
            }
        }

        return weight is { } w && mean is { } m
            ? new VoteChoiceParameters { AmbivalenceWeight = w, MeanAmbivalence = m }
            : throw new SeedDataException(table.File, 1, "parameter", "missing a row (expected ambivalence_weight and mean_ambivalence)");
    }
}
