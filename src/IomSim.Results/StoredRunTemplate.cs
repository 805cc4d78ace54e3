using System.Collections.Immutable;
using IomSim.Engine;
using IomSim.Engine.Results;
using IomSim.Scenarios;
using IomSim.Scenarios.Model;

namespace IomSim.Results;

/// <summary>
/// What every stored run of one scenario (or sweep setting), seed and program version shares: the key's fixed part and
/// each agenda item's id and kind in timeline order. Turns a run's results into the <see cref="StoredRun"/> to store,
/// as the run finishes.
/// </summary>
/// <param name="ScenarioId">The scenario's id.</param>
/// <param name="ContentHash">The key the runs are stored under: the scenario file's SHA-256 (a sweep setting's own key for a sweep).</param>
/// <param name="Seed">The seed.</param>
/// <param name="Version">The program version.</param>
/// <param name="Items">Each agenda item's id and kind name, in timeline order.</param>
public sealed record StoredRunTemplate(string ScenarioId, string ContentHash, ulong Seed, string Version, ImmutableArray<(string Id, string Kind)> Items)
{
    /// <summary>The template for runs of <paramref name="scenario"/> with <paramref name="seed"/>, stored under <paramref name="contentHash"/>, by this program.</summary>
    public static StoredRunTemplate For(Scenario scenario, string contentHash, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return new StoredRunTemplate(
            scenario.Id,
            contentHash,
            seed,
            ScenarioEngine.Version,
            [.. scenario.Timeline.SelectMany(session => session.Items).Select(entry => (entry.Id, ScenarioFormat.KindName(entry.Kind)))]);
    }

    /// <summary>Run <paramref name="run"/> as stored, from its results in timeline order.</summary>
    /// <exception cref="ArgumentException">Not one result per agenda item.</exception>
    public StoredRun Of(int run, IReadOnlyList<EventRun> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count != Items.Length)
        {
            throw new ArgumentException($"Run {run} has {events.Count} results for {Items.Length} agenda items.", nameof(events));
        }

        var stored = ImmutableArray.CreateBuilder<StoredEvent>(Items.Length);
        for (var i = 0; i < Items.Length; i++)
        {
            stored.Add(StoredEvent.Of(Items[i].Id, Items[i].Kind, events[i]));
        }

        return new StoredRun(ScenarioId, ContentHash, Seed, run, Version, stored.MoveToImmutable());
    }
}
