using System.Globalization;
using System.Text;
using IomSim.Domain.Decisions;
using IomSim.Estimation.IdealPointModel;
using IomSim.Estimation.Input;

namespace IomSim.Estimation.Output;

/// <summary>
/// <c>seeds/roll-call-items.csv</c>: one row per fitted roll call, by date then rcid, with its fitted item parameters
/// (6 decimals) and its recorded tally (yes, abstain, no; not voting = UN members that day without a vote);
/// <c>issues</c> is a space-separated list of issue codes (may be empty).
/// </summary>
public static class RollCallItemsCsv
{
    /// <summary>The header row.</summary>
    public const string Header =
        "rcid,symbol,date,issues,title,description,discrimination1,discrimination2,lower_cut,upper_cut,yes,abstain,no,not_voting,source";

    private static readonly string[] s_columns =
        ["rcid", "symbol", "date", "issues", "title", "description", "discrimination1", "discrimination2", "lower_cut", "upper_cut"];

    /// <summary>The file's whole text.</summary>
    public static string Format(IdealPointFit fit, StateVotes votes)
    {
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(votes);
        var tallies = votes.Votes.GroupBy(v => v.Rcid).ToDictionary(
            g => g.Key,
            g => (Yes: g.Count(v => v.Choice == VoteChoice.Yes), Abstain: g.Count(v => v.Choice == VoteChoice.Abstain), No: g.Count(v => v.Choice == VoteChoice.No)));
        var window = PositionsCsv.Window(fit);
        var text = new StringBuilder();
        text.Append(Header).Append('\n');
        foreach (var item in fit.Items)
        {
            var (yes, abstain, no) = tallies[item.Rcid];
            var members = votes.States.Count(s => s.UnMemberFrom is { } from && from <= item.Date);
            var p = item.Parameters;
            text.Append(item.Rcid.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(SeedFileText.Field(item.Symbol)).Append(',')
                .Append(item.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(',')
                .Append(string.Join(' ', item.Issues)).Append(',')
                .Append(SeedFileText.Field(item.Title)).Append(',')
                .Append(SeedFileText.Field(item.Description)).Append(',')
                .Append(Numbers.Six(p.Discrimination.First)).Append(',')
                .Append(Numbers.Six(p.Discrimination.Second)).Append(',')
                .Append(Numbers.Six(p.LowerCut)).Append(',')
                .Append(Numbers.Six(p.UpperCut)).Append(',')
                .Append(yes.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(abstain.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(no.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(Math.Max(0, members - yes - abstain - no).ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(SeedFileText.Field($"unvotes roll call {item.Rcid}; parameters from the ordered-logit ideal-point model fitted on UNGA roll calls {window} by tools/IomSim.EstimatePositions; see docs/positions.md"))
                .Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Reads the file back into items, for placing motions.</summary>
    /// <exception cref="InputFileException">A bad field, named by file, line and column.</exception>
    public static IReadOnlyList<RollCallItem> Read(TextReader text, string file)
    {
        var items = new List<RollCallItem>();
        var seen = new HashSet<int>();
        foreach (var row in CsvTable.Read(text, file, s_columns))
        {
            var rcid = row.Integer("rcid");
            if (!seen.Add(rcid))
            {
                throw row.Error("rcid", $"roll call {rcid} appears twice.");
            }

            var lower = VoteHabitsCsv.Number(row, "lower_cut");
            var upper = VoteHabitsCsv.Number(row, "upper_cut");
            if (!(upper > lower))
            {
                throw row.Error("upper_cut", $"'{row["upper_cut"]}' is not above the lower cut {row["lower_cut"]}.");
            }

            var parameters = new ItemParameters(
                new IdealCoordinates(VoteHabitsCsv.Number(row, "discrimination1"), VoteHabitsCsv.Number(row, "discrimination2")), lower, upper);
            var issues = row["issues"].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            items.Add(new RollCallItem(rcid, row["symbol"], row.Date("date"), issues, row["title"], row["description"], parameters));
        }

        return items;
    }
}
