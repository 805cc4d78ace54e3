using System.Collections.Immutable;
using IomSim.Domain.Decisions;
using IomSim.Domain.World;
using IomSim.Seeds.Csv;

namespace IomSim.Seeds.Files;

/// <summary>
/// Reads <c>seeds/vote-habits.csv</c> (written by the position-estimation tool): one row per state and issue, issue
/// <c>all</c> for the state's overall habit, which every state with rows must have; code <c>*</c> for the mean habits,
/// which apply to a state without rows (one not in the UN in 2010–2017).
/// </summary>
internal static class VoteHabitsReader
{
    public static readonly string[] Columns =
        ["code", "issue", "roll_calls", "votes", "abstentions", "not_voting_rate", "abstention_rate", "abstention_spread", "basis", "source"];

    /// <summary>The issue code of a state's overall habit.</summary>
    public const string Overall = "all";

    /// <summary>The code of the rows that give the mean habits, for a state without rows.</summary>
    public const string Mean = "*";

    public static (ImmutableSortedDictionary<StateCode, StateVoteHabits> Habits, StateVoteHabits? Mean) Read(SeedTable table, IReadOnlySet<StateCode> states)
    {
        var rows = new SortedDictionary<string, Entry>(StringComparer.Ordinal);
        var codes = new Dictionary<string, StateCode>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var name = row["code"];
            if (name != Mean)
            {
                codes[name] = row.State("code", states);
            }

            var issue = row.Required("issue", $"an issue code, or {Overall}");
            row.Source();
            var habit = new VoteHabit(
                row.Number("not_voting_rate", 0, 1),
                row.Number("abstention_rate", 0, 1),
                row.Number("abstention_spread", -20, 20));
            if (!rows.TryGetValue(name, out var entry))
            {
                rows[name] = entry = new Entry(row);
            }

            if (issue == Overall)
            {
                entry.Overall = entry.Overall is null ? habit : throw row.Error("issue", $"duplicate row: {name} {issue} appears twice");
            }
            else if (!entry.ByIssue.TryAdd(issue, habit))
            {
                throw row.Error("issue", $"duplicate row: {name} {issue} appears twice");
            }
        }

        var habits = ImmutableSortedDictionary.CreateBuilder<StateCode, StateVoteHabits>();
        StateVoteHabits? mean = null;
        foreach (var (name, entry) in rows)
        {
            var overall = entry.Overall ?? throw entry.First.Error("issue", $"{name} has no row with issue {Overall} (expected its overall habit)");
            var read = new StateVoteHabits(overall, entry.ByIssue);
            if (name == Mean)
            {
                mean = read;
            }
            else
            {
                habits.Add(codes[name], read);
            }
        }

        return (habits.ToImmutable(), mean);
    }

    private sealed class Entry(SeedRow first)
    {
        public SeedRow First { get; } = first;

        public VoteHabit? Overall { get; set; }

        public Dictionary<string, VoteHabit> ByIssue { get; } = new(StringComparer.Ordinal);
    }
}
