using IomSim.Domain.World;
using IomSim.Engine.Results;

namespace IomSim.Engine;

/// <summary>
/// The states worth naming for an item: those on record by name (short lists), those that asked for a vote, and the
/// dissenters. One list for <c>run</c>'s text and the report, so both name the same states.
/// </summary>
public static class KeyStates
{
    /// <summary>Named lists longer than this are summarised, not listed state by state.</summary>
    public const int ShortList = 12;

    /// <summary>The vote the record gives <paramref name="code"/>, in result names (<c>absent</c> for not voting), or null.</summary>
    public static string? RecordedVote(EventResult item, string code) =>
        item.Documented is { } documented && StateCode.TryParse(code, out var state) && documented.NamedVoteOf(state) is { } vote
            ? vote switch { Domain.World.RecordedVote.Yes => "yes", Domain.World.RecordedVote.No => "no", Domain.World.RecordedVote.Abstain => "abstain", _ => "absent" }
            : null;

    /// <summary>The states named by the record in lists of at most <see cref="ShortList"/> states, in the record's order.</summary>
    public static IEnumerable<string> OnRecord(EventResult item) =>
        item.Documented is { } documented
            ? documented.NamedVotes.Where(l => l.States.Length <= ShortList).SelectMany(l => l.States).Select(s => s.Value)
            : [];

    /// <summary>For a summary over runs: the requesters and named states, then the states voting no in at least a quarter of runs.</summary>
    public static IReadOnlyList<string> OverRuns(EventResult item)
    {
        var requested = item.Runs.SelectMany(r => r.RequestedVote);
        var dissenters = item.States
            .Select(s => (Code: s.Key, No: s.Value.GetValueOrDefault("no")))
            .Where(s => s.No >= 0.25)
            .OrderByDescending(s => s.No)
            .ThenBy(s => s.Code, StringComparer.Ordinal)
            .Take(ShortList)
            .Select(s => s.Code);
        return [.. requested.Concat(OnRecord(item)).Concat(dissenters).Where(item.States.ContainsKey).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>For one run: objectors and requesters, named states, then no votes and abstentions when few.</summary>
    public static IReadOnlyList<string> InRun(EventResult item, EventRun run)
    {
        IEnumerable<string> Few(string vote)
        {
            var voters = run.Votes.Where(v => v.Value == vote).Select(v => v.Key).ToArray();
            return voters.Length <= ShortList ? voters : [];
        }

        return [.. run.Objectors.Concat(run.RequestedVote).Concat(OnRecord(item)).Concat(Few("no")).Concat(Few("abstain"))
            .Where(run.Votes.ContainsKey)
            .Distinct(StringComparer.Ordinal)];
    }
}
