using System.Collections.Immutable;
using IomSim.Engine.Results;

namespace IomSim.Results;

/// <summary>Splits a scenario's result into the runs the store keeps, one per run index.</summary>
public static class StoredRuns
{
    /// <summary>
    /// The runs of <paramref name="result"/>, by run index; each holds every agenda item in timeline order and its budget
    /// years, made by the same <see cref="StoredRunTemplate"/> as runs stored while they play.
    /// </summary>
    /// <exception cref="ArgumentException">A run lacks an item's result.</exception>
    public static ImmutableArray<StoredRun> From(ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var template = new StoredRunTemplate(result.Scenario, result.ContentHash, result.Seed, result.Version, [.. result.Events.Select(item => (item.Id, item.Kind))])
        {
            Dates = [.. result.Events.Select(item => item.Date)],
        };
        var byRun = new SortedDictionary<int, List<EventRun>>();
        foreach (var item in result.Events)
        {
            foreach (var run in item.Runs)
            {
                if (!byRun.TryGetValue(run.Run, out var events))
                {
                    events = new List<EventRun>(result.Events.Length);
                    byRun.Add(run.Run, events);
                }

                events.Add(run);
            }
        }

        var years = result.BudgetYearRuns.ToLookup(y => y.Run);
        return [.. byRun.Select(run => template.Of(new RunResults(run.Key, [.. run.Value], [.. years[run.Key]])))];
    }
}
