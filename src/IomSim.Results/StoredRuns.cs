using System.Collections.Immutable;
using IomSim.Engine.Results;

namespace IomSim.Results;

/// <summary>Splits a scenario's result into the runs the store keeps, one per run index.</summary>
public static class StoredRuns
{
    /// <summary>The runs of <paramref name="result"/>, by run index; each holds every agenda item in timeline order.</summary>
    public static ImmutableArray<StoredRun> From(ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var byRun = new SortedDictionary<int, ImmutableArray<StoredEvent>.Builder>();
        foreach (var item in result.Events)
        {
            foreach (var run in item.Runs)
            {
                if (!byRun.TryGetValue(run.Run, out var events))
                {
                    events = ImmutableArray.CreateBuilder<StoredEvent>(result.Events.Length);
                    byRun.Add(run.Run, events);
                }

                events.Add(StoredEvent.Of(item.Id, item.Kind, run));
            }
        }

        return [.. byRun.Select(run => new StoredRun(result.Scenario, result.ContentHash, result.Seed, run.Key, result.Version, run.Value.ToImmutable()))];
    }
}
