using System.Collections.Immutable;
using IomSim.Domain.Decisions;
using IomSim.Domain.World;
using IomSim.Seeds.Csv;

namespace IomSim.Seeds.Files;

/// <summary>
/// Reads <c>seeds/vote-habits.csv</c> (written by the position-estimation tool): one row per state and issue, issue
/// <c>all</c> for the state's overall habit, which every state with rows must have.
/// </summary>
internal static class VoteHabitsReader
{
    public static readonly string[] Columns =
        ["code", "issue", "roll_calls", "votes", "abstentions", "not_voting_rate", "abstention_rate", "abstention_spread", "basis", "source"];

    /// <summary>The issue code of a state's overall habit.</summary>
    public const string Overall = "all";

    public static ImmutableSortedDictionary<StateCode, StateVoteHabits> Read(SeedTable table, IReadOnlySet<StateCode> states)
    {
        var rows = new SortedDictionary<StateCode, (VoteHabit? Overall, Dictionary<string, VoteHabit> ByIssue, SeedRow First)>();
        foreach (var row in table.Rows)
        {
            var code = row.State("code", states);
            var issue = row.Required("issue", $"an issue code, or {Overall}");
            row.Source();
            var habit = new VoteHabit(
                row.Number("not_voting_rate", 0, 1),
                row.Number("abstention_rate", 0, 1),
                row.Number("abstention_spread", -20, 20));
            if (!rows.TryGetValue(code, out var entry))
            {
                entry = (null, new Dictionary<string, VoteHabit>(StringComparer.Ordinal), row);
            }

            if (issue == Overall)
            {
                entry = entry.Overall is null ? entry with { Overall = habit } : throw row.Error("issue", $"duplicate row: {code} {issue} appears twice");
            }
            else if (!entry.ByIssue.TryAdd(issue, habit))
            {
                throw row.Error("issue", $"duplicate row: {code} {issue} appears twice");
            }

            rows[code] = entry;
        }

        var habits = ImmutableSortedDictionary.CreateBuilder<StateCode, StateVoteHabits>();
        foreach (var (code, entry) in rows)
        {
            var overall = entry.Overall ?? throw entry.First.Error("issue", $"{code} has no row with issue {Overall} (expected its overall habit)");
            habits.Add(code, new StateVoteHabits(overall, entry.ByIssue));
        }

        return habits.ToImmutable();
    }
}
