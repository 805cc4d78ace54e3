using System.Globalization;
using System.Text;
using IomSim.Domain.Decisions;
using IomSim.Estimation.IdealPointModel;
using IomSim.Estimation.Input;

namespace IomSim.Estimation.Output;

/// <summary>
/// <c>seeds/positions.csv</c>: one row per state of <c>seeds/states.csv</c>, sorted by code. <c>dim1,dim2</c> are the
/// general ideal point, <c>hr_*</c> and <c>ec_*</c> the issue-specific ones, on the model's scale (prior N(0, 1));
/// <c>alignment</c> is dim1 and <c>rights</c> hr_dim1, each mapped linearly onto [−1, 1] over the fitted states, for
/// the readers of the two-dimensional <see cref="Domain.World.PolicyPosition"/>. A state without a fit gets 0 on every
/// column (the prior mean: the average state) and basis <c>default</c>.
/// </summary>
public static class PositionsCsv
{
    /// <summary>The header row.</summary>
    public const string Header = "code,alignment,rights,dim1,dim2,hr_dim1,hr_dim2,ec_dim1,ec_dim2,votes,basis,source";

    private static readonly string[] s_columns = ["code", "dim1", "dim2", "hr_dim1", "hr_dim2", "ec_dim1", "ec_dim2"];

    /// <summary>The file's whole text.</summary>
    public static string Format(IdealPointFit fit, IReadOnlyList<StateEntry> states)
    {
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(states);
        var fitted = fit.States.ToDictionary(s => s.Code, StringComparer.Ordinal);
        var excluded = fit.Excluded.ToDictionary(e => e.Code, StringComparer.Ordinal);
        var alignment = UnitRange(fit.States.Select(s => s.Points.General.First));
        var rights = UnitRange(fit.States.Select(s => Issue(s.Points, "hr").First));
        var window = Window(fit);
        var text = new StringBuilder();
        text.Append(Header).Append('\n');
        foreach (var state in states.OrderBy(s => s.Code.Value, StringComparer.Ordinal))
        {
            var code = state.Code.Value;
            text.Append(code).Append(',');
            if (fitted.TryGetValue(code, out var row))
            {
                var hr = Issue(row.Points, "hr");
                var ec = Issue(row.Points, "ec");
                text.Append(Numbers.Four(alignment(row.Points.General.First))).Append(',')
                    .Append(Numbers.Four(rights(hr.First))).Append(',')
                    .Append(Numbers.Four(row.Points.General.First)).Append(',')
                    .Append(Numbers.Four(row.Points.General.Second)).Append(',')
                    .Append(Numbers.Four(hr.First)).Append(',')
                    .Append(Numbers.Four(hr.Second)).Append(',')
                    .Append(Numbers.Four(ec.First)).Append(',')
                    .Append(Numbers.Four(ec.Second)).Append(',')
                    .Append(row.Votes.ToString(CultureInfo.InvariantCulture)).Append(",roll-calls,")
                    .Append(SeedFileText.Field($"UNGA roll calls {window} (unvotes), ordered-logit ideal-point model fitted by tools/IomSim.EstimatePositions; see docs/positions.md"));
            }
            else
            {
                var why = excluded.TryGetValue(code, out var left) ? $"too few UNGA votes {window} ({left.Reason})"
                    : state.UnMemberFrom is null ? $"no UNGA roll-call votes {window} (not a UN member)"
                    : $"no UNGA roll-call votes {window}";
                var votes = left.Code is null ? 0 : left.Votes;
                text.Append("0.0000,0.0000,0.0000,0.0000,0.0000,0.0000,0.0000,0.0000,")
                    .Append(votes.ToString(CultureInfo.InvariantCulture)).Append(",default,")
                    .Append(SeedFileText.Field($"default: the prior mean (the average state), a modelling assumption; {why}; see docs/positions.md"));
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>
    /// Reads the ideal points back (general, <c>hr</c> and <c>ec</c>), by state code; rows of basis <c>default</c>
    /// included, at the prior mean.
    /// </summary>
    /// <exception cref="InputFileException">A bad field, named by file, line and column.</exception>
    public static IReadOnlyDictionary<string, StateIdealPoints> ReadIdealPoints(TextReader text, string file)
    {
        var points = new Dictionary<string, StateIdealPoints>(StringComparer.Ordinal);
        foreach (var row in CsvTable.Read(text, file, s_columns))
        {
            IdealCoordinates At(string prefix) =>
                new(VoteHabitsCsv.Number(row, prefix + "dim1"), VoteHabitsCsv.Number(row, prefix + "dim2"));
            var general = At(string.Empty);
            var specific = new Dictionary<string, IdealCoordinates>(StringComparer.Ordinal) { ["hr"] = At("hr_"), ["ec"] = At("ec_") };
            if (!points.TryAdd(row.Required("code"), new StateIdealPoints(general, specific)))
            {
                throw row.Error("code", $"{row["code"]} appears twice.");
            }
        }

        return points;
    }

    /// <summary>The years the fit covers, for sources: <c>2010-2017</c>.</summary>
    public static string Window(IdealPointFit fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        return fit.Items.Count == 0 ? "(none)" : $"{fit.Items[0].Date.Year}-{fit.Items[^1].Date.Year}";
    }

    private static IdealCoordinates Issue(StateIdealPoints points, string issue) =>
        points.IssueSpecific.TryGetValue(issue, out var specific) ? specific : points.General;

    // x' = 2 (x − min) / (max − min) − 1 over the fitted states.
    private static Func<double, double> UnitRange(IEnumerable<double> values)
    {
        var all = values.ToArray();
        var min = all.Min();
        var max = all.Max();
        return max > min ? x => Math.Clamp((2.0 * (x - min) / (max - min)) - 1.0, -1.0, 1.0) : _ => 0.0;
    }
}
