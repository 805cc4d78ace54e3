using System.Globalization;
using System.Text;
using IomSim.Domain.Decisions;
using IomSim.Estimation.Habits;
using IomSim.Estimation.Input;

namespace IomSim.Estimation.Output;

/// <summary>
/// <c>seeds/vote-habits.csv</c>: one row per state and issue (<c>all</c> first), sorted by code then issue, with
/// <c>*</c> rows giving the mean over states; rates with 4 decimals, invariant culture, LF line ends.
/// </summary>
public static class VoteHabitsCsv
{
    /// <summary>The header row.</summary>
    public const string Header = "code,issue,roll_calls,votes,abstentions,not_voting_rate,abstention_rate,abstention_spread,basis,source";

    private static readonly string[] s_columns =
        ["code", "issue", "roll_calls", "votes", "abstentions", "not_voting_rate", "abstention_rate", "abstention_spread", "basis", "source"];

    /// <summary>The file's whole text.</summary>
    public static string Format(IEnumerable<VoteHabitRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        text.Append(Header).Append('\n');
        foreach (var row in rows)
        {
            text.Append(row.Code).Append(',')
                .Append(row.Issue).Append(',')
                .Append(row.RollCalls.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(row.Votes.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(row.Abstentions.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(Numbers.Four(row.NotVotingRate)).Append(',')
                .Append(Numbers.Four(row.AbstentionRate)).Append(',')
                .Append(Numbers.Four(row.AbstentionSpread)).Append(',')
                .Append(row.Code == VoteHabitsEstimator.AnyState ? "mean" : "roll-calls").Append(',')
                .Append(SeedFileText.Field(row.Source)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Reads the file into each state's habits (the <c>*</c> rows under the code <c>*</c>).</summary>
    /// <exception cref="InputFileException">A bad field, named by file, line and column.</exception>
    public static IReadOnlyDictionary<string, StateVoteHabits> Read(TextReader text, string file)
    {
        var rows = CsvTable.Read(text, file, s_columns);
        var byState = new Dictionary<string, (VoteHabit? Overall, Dictionary<string, VoteHabit> ByIssue)>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var code = row.Required("code");
            var issue = row.Required("issue");
            var habit = new VoteHabit(Rate(row, "not_voting_rate"), Rate(row, "abstention_rate"), Number(row, "abstention_spread"));
            if (!byState.TryGetValue(code, out var entry))
            {
                entry = (null, new Dictionary<string, VoteHabit>(StringComparer.Ordinal));
            }

            if (issue == VoteHabitsEstimator.AllIssues)
            {
                if (entry.Overall is not null)
                {
                    throw row.Error("issue", $"{code} has a second '{VoteHabitsEstimator.AllIssues}' row.");
                }

                entry = (habit, entry.ByIssue);
            }
            else if (!entry.ByIssue.TryAdd(issue, habit))
            {
                throw row.Error("issue", $"{code} has a second row for issue {issue}.");
            }

            byState[code] = entry;
        }

        return byState.ToDictionary(
            p => p.Key,
            p => new StateVoteHabits(
                p.Value.Overall ?? throw new InputFileException(file, 0, "issue", $"{p.Key} has no '{VoteHabitsEstimator.AllIssues}' row."),
                p.Value.ByIssue),
            StringComparer.Ordinal);
    }

    internal static double Number(CsvRow row, string column)
    {
        var text = row[column];
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw row.Error(column, $"'{text}' is not a number.");
    }

    private static double Rate(CsvRow row, string column)
    {
        var value = Number(row, column);
        return value is >= 0 and <= 1 ? value : throw row.Error(column, $"'{row[column]}' is not a rate between 0 and 1.");
    }
}
