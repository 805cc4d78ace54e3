using System.Collections.Immutable;
using IomSim.Domain.World;
using IomSim.Engine.Results;
using IomSim.Scenarios;
using IomSim.Scenarios.Model;
using MathNet.Numerics.Statistics;

namespace IomSim.Engine;

/// <summary>Summarises one agenda item over all runs: outcome shares, tally distributions, each state's votes.</summary>
internal static class EventSummary
{
    public static EventResult Of(AgendaEntry entry, Session session, ImmutableArray<EventRun> runs, DocumentedOutcome? documented)
    {
        var outcomes = runs.GroupBy(r => r.Outcome, StringComparer.Ordinal)
            .ToImmutableSortedDictionary(g => g.Key, g => (double)g.Count() / runs.Length, StringComparer.Ordinal);
        var voted = runs.Where(r => r.Tally is not null).Select(r => r.Tally!.Value).ToArray();
        var tally = new TallySummary(
            Summarise(voted.Select(t => (double)t.Yes)),
            Summarise(voted.Select(t => (double)t.No)),
            Summarise(voted.Select(t => (double)t.Abstain)),
            Summarise(voted.Select(t => (double)t.Absent)),
            Summarise(voted.Select(t => (double)t.NotEntitled)));
        var states = runs.SelectMany(r => r.Votes)
            .GroupBy(v => v.Key, StringComparer.Ordinal)
            .ToImmutableSortedDictionary(
                g => g.Key,
                g => g.GroupBy(v => v.Value, StringComparer.Ordinal).ToImmutableSortedDictionary(v => v.Key, v => (double)v.Count() / runs.Length, StringComparer.Ordinal),
                StringComparer.Ordinal);
        return new EventResult(
            entry.Id,
            ScenarioFormat.KindName(entry.Kind),
            entry.Title,
            session.Name,
            session.Date,
            outcomes,
            tally,
            (double)voted.Length / runs.Length,
            documented,
            states,
            runs);
    }

    private static Distribution Summarise(IEnumerable<double> values)
    {
        var data = values.ToArray();
        return data.Length == 0
            ? Distribution.Empty
            : new Distribution(data.Mean(), data.Quantile(0.05), data.Quantile(0.95));
    }
}
