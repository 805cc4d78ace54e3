using System.Collections.Immutable;
using System.Xml.Linq;
using IomSim.Engine.Results;
using IomSim.Reports.Markup;

namespace IomSim.Reports.Sections;

/// <summary>An election in the report: the first run's rounds with the winner by name, and outcome names for people.</summary>
internal static class ElectionSection
{
    /// <summary>The first run's rounds as a table, and who was elected; nothing for other items.</summary>
    public static IEnumerable<XElement> FirstRun(EventResult item)
    {
        if (item.Kind != "election" || item.Runs.IsEmpty || item.Runs[0].Election is not { } election)
        {
            yield break;
        }

        yield return Html.El("h3", "Run 1, round by round");
        var rows = election.Rounds.Select(r => (IReadOnlyList<object?>)[
            Figures.Whole(r.Number),
            r.ByAcclamation ? $"{r.Elected}, alone: by acclamation" : string.Join(", ", r.Votes.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key} {Figures.Whole(v.Value)}")),
            Figures.Whole(r.Blank),
            Figures.Whole(r.Absent),
            Then(r.Elected, r.Withdrawn, r.Eliminated),
        ]);
        yield return Html.Table(["round", "votes", "blank", "absent", "then"], rows);
        yield return Html.El("p", election.Elected is { } winner ? $"{winner} elected in round {Figures.Whole(election.Rounds.Length)}." : $"No winner after {Figures.Whole(election.Rounds.Length)} rounds.");
    }

    private static string Then(string? elected, ImmutableArray<string> withdrawn, string? eliminated)
    {
        var parts = new List<string>();
        if (elected is not null)
        {
            parts.Add($"{elected} elected");
        }

        parts.AddRange(withdrawn.Select(w => $"{w} withdraws"));
        if (eliminated is not null)
        {
            parts.Add($"{eliminated} eliminated");
        }

        return string.Join("; ", parts);
    }

    /// <summary>Outcome names as people read them: <c>elected:X</c> → <c>X elected</c>.</summary>
    public static ImmutableSortedDictionary<string, double> Spoken(ImmutableSortedDictionary<string, double> outcomes) =>
        outcomes.ToImmutableSortedDictionary(
            o => o.Key.StartsWith("elected:", StringComparison.Ordinal) ? $"{o.Key["elected:".Length..]} elected" : o.Key,
            o => o.Value,
            StringComparer.Ordinal);
}
