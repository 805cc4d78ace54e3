using System.Globalization;
using System.Text;
using IomSim.Estimation.Output;

namespace IomSim.Estimation.Classical;

/// <summary>
/// Writes the classical-scaling positions file that <c>seeds/positions.csv</c> was until the ideal-point model replaced
/// it (kept as the backtest's baseline, "today's model"): <c>code,alignment,rights,votes,basis,source</c>, one row per state sorted by
/// code, numbers in the invariant culture with 4 decimals, LF line ends, UTF-8 without a byte order mark.
/// </summary>
public static class ClassicalPositionsCsv
{
    /// <summary>The source of estimated rows.</summary>
    public const string EstimatedSource =
        "UNGA roll calls 2010-2017 (unvotes), estimated by tools/IomSim.EstimatePositions; see docs/positions.md";

    /// <summary>The header row of the classical-scaling positions file.</summary>
    public const string Header = "code,alignment,rights,votes,basis,source";

    /// <summary>The file's whole text.</summary>
    public static string Format(IEnumerable<EstimatedPosition> positions)
    {
        ArgumentNullException.ThrowIfNull(positions);
        var text = new StringBuilder();
        text.Append(Header).Append('\n');
        foreach (var row in positions.OrderBy(p => p.Code))
        {
            var basis = row.Basis == PositionBasis.RollCalls ? "roll-calls" : "default";
            var source = row.Basis == PositionBasis.RollCalls
                ? EstimatedSource
                : $"default: centre of the scale; {row.Note}; see docs/positions.md";
            text.Append(row.Code.Value).Append(',')
                .Append(Number(row.Position.Alignment)).Append(',')
                .Append(Number(row.Position.Rights)).Append(',')
                .Append(row.Votes.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(basis).Append(',')
                .Append(SeedFileText.Field(source)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>
    /// Writes the file through a temporary file in the same folder and a rename, so an interrupted run leaves the
    /// previous file whole.
    /// </summary>
    public static void Write(string path, IEnumerable<EstimatedPosition> positions)
    {
        SeedFileText.Write(path, Format(positions));
    }

    /// <summary>A number with 4 decimals, invariant culture, never "-0.0000".</summary>
    public static string Number(double value)
    {
        var text = value.ToString("0.0000", CultureInfo.InvariantCulture);
        return text == "-0.0000" ? "0.0000" : text;
    }

}
