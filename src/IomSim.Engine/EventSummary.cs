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
    // More distinct code arrays or name tables than this and the runs' votes were not built to share.
    private const int MaxSharedArrays = 8;

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
        var states = VoteShares(runs);
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

    /// <summary>State code → vote → share of runs: counted by index when the runs' votes share their arrays, as the engine's do.</summary>
    internal static ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, double>> VoteShares(ImmutableArray<EventRun> runs) =>
        VoteSharesByIndex(runs) ?? VoteSharesByGrouping(runs);

    /// <summary>
    /// The shares counted per state per vote by index, with each distinct code array and name table mapped once onto
    /// the states and votes of all runs; or null when the runs hold more distinct arrays than that pays for (votes
    /// built one by one, as stored results are).
    /// </summary>
    internal static ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, double>>? VoteSharesByIndex(ImmutableArray<EventRun> runs)
    {
        var codeLists = new List<ImmutableArray<string>>();
        var nameTables = new List<ImmutableArray<string>>();
        foreach (var run in runs)
        {
            if (!run.Votes.IsEmpty && (!Known(codeLists, run.Votes.Codes) || !Known(nameTables, run.Votes.Names)))
            {
                return null;
            }
        }

        var states = new List<string>();
        var names = new List<string>();
        var stateMaps = codeLists.Select(codes => MapOnto(codes, states)).ToArray();
        var nameMaps = nameTables.Select(table => MapOnto(table, names)).ToArray();
        var counts = new int[states.Count * names.Count];
        foreach (var run in runs)
        {
            if (run.Votes.IsEmpty)
            {
                continue;
            }

            var stateMap = stateMaps[codeLists.IndexOf(run.Votes.Codes)];
            var nameMap = nameMaps[nameTables.IndexOf(run.Votes.Names)];
            var indexes = run.Votes.Indexes;
            for (var i = 0; i < indexes.Length; i++)
            {
                counts[(stateMap[i] * names.Count) + nameMap[indexes[i]]]++;
            }
        }

        var shares = ImmutableSortedDictionary.CreateBuilder<string, ImmutableSortedDictionary<string, double>>(StringComparer.Ordinal);
        for (var state = 0; state < states.Count; state++)
        {
            var votes = ImmutableSortedDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
            for (var name = 0; name < names.Count; name++)
            {
                var count = counts[(state * names.Count) + name];
                if (count > 0)
                {
                    votes.Add(names[name], (double)count / runs.Length);
                }
            }

            shares.Add(states[state], votes.ToImmutable());
        }

        return shares.ToImmutable();
    }

    /// <summary>The shares grouped from every run's entries: any runs, one string pair per member per run.</summary>
    internal static ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, double>> VoteSharesByGrouping(ImmutableArray<EventRun> runs) =>
        runs.SelectMany(r => r.Votes)
            .GroupBy(v => v.Key, StringComparer.Ordinal)
            .ToImmutableSortedDictionary(
                g => g.Key,
                g => g.GroupBy(v => v.Value, StringComparer.Ordinal).ToImmutableSortedDictionary(v => v.Key, v => (double)v.Count() / runs.Length, StringComparer.Ordinal),
                StringComparer.Ordinal);

    // Whether the array (compared by reference) is among the few seen, adding it while there is room.
    private static bool Known(List<ImmutableArray<string>> seen, ImmutableArray<string> array)
    {
        if (seen.Contains(array))
        {
            return true;
        }

        if (seen.Count == MaxSharedArrays)
        {
            return false;
        }

        seen.Add(array);
        return true;
    }

    // Each entry's position in all, added there when new.
    private static int[] MapOnto(ImmutableArray<string> entries, List<string> all) =>
        [.. entries.Select(entry =>
        {
            var index = all.IndexOf(entry);
            if (index < 0)
            {
                index = all.Count;
                all.Add(entry);
            }

            return index;
        })];

    private static Distribution Summarise(IEnumerable<double> values)
    {
        var data = values.ToArray();
        return data.Length == 0
            ? Distribution.Empty
            : new Distribution(data.Mean(), data.Quantile(0.05), data.Quantile(0.95));
    }
}
