using System.Collections.Immutable;
using IomSim.Engine;
using IomSim.Engine.Results;
using IomSim.Scenarios;
using IomSim.Scenarios.Model;

namespace IomSim.Results;

/// <summary>
/// What every stored run of one scenario (or sweep setting), seed and program version shares: the key's fixed part and
/// each agenda item's id, kind and date in timeline order. Turns a run's results into the <see cref="StoredRun"/> to
/// store, as the run finishes.
/// </summary>
/// <param name="ScenarioId">The scenario's id.</param>
/// <param name="ContentHash">The key the runs are stored under: the scenario file's SHA-256 (a sweep setting's own key for a sweep).</param>
/// <param name="Seed">The seed.</param>
/// <param name="Version">The program version.</param>
/// <param name="Items">Each agenda item's id and kind name, in timeline order.</param>
public sealed record StoredRunTemplate(string ScenarioId, string ContentHash, ulong Seed, string Version, ImmutableArray<(string Id, string Kind)> Items)
{
    /// <summary>Each item's session date, in timeline order (empty: not known).</summary>
    public ImmutableArray<DateOnly> Dates { get; init; } = [];

    /// <summary>What the key stands for; null: a plain run of the scenario whose hash is the key.</summary>
    public RunSetting? Setting { get; init; }

    /// <summary>The template for runs of <paramref name="scenario"/> with <paramref name="seed"/>, stored under <paramref name="contentHash"/>, by this program.</summary>
    public static StoredRunTemplate For(Scenario scenario, string contentHash, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var entries = scenario.Timeline.SelectMany(session => session.Items.Select(entry => (Entry: entry, session.Date))).ToArray();
        return new StoredRunTemplate(
            scenario.Id,
            contentHash,
            seed,
            ScenarioEngine.Version,
            [.. entries.Select(e => (e.Entry.Id, ScenarioFormat.KindName(e.Entry.Kind)))])
        {
            Dates = [.. entries.Select(e => e.Date)],
        };
    }

    /// <summary>Run <paramref name="run"/> as stored, from its results in timeline order.</summary>
    /// <exception cref="ArgumentException">Not one result per agenda item.</exception>
    public StoredRun Of(int run, IReadOnlyList<EventRun> events) => Of(new RunResults(run, [.. events], []));

    /// <summary>The run as stored, from its results: its items in timeline order, each budget year beside the item that started it.</summary>
    /// <exception cref="ArgumentException">Not one result per agenda item, or a budget year of no item.</exception>
    public StoredRun Of(RunResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var events = results.Events;
        if (events.Length != Items.Length)
        {
            throw new ArgumentException($"Run {results.Run} has {events.Length} results for {Items.Length} agenda items.", nameof(results));
        }

        var years = results.BudgetYears.ToDictionary(y => y.ItemId, StringComparer.Ordinal);
        var stored = ImmutableArray.CreateBuilder<StoredEvent>(Items.Length);
        for (var i = 0; i < Items.Length; i++)
        {
            stored.Add(StoredEvent.Of(Items[i].Id, Items[i].Kind, events[i]) with
            {
                Date = Dates.IsDefaultOrEmpty ? null : Dates[i],
                BudgetYear = years.Remove(Items[i].Id, out var year) ? year : null,
            });
        }

        if (years.Count > 0)
        {
            throw new ArgumentException($"Run {results.Run} has a budget year for '{years.Keys.First()}', which is no agenda item.", nameof(results));
        }

        return new StoredRun(ScenarioId, ContentHash, Seed, results.Run, Version, stored.MoveToImmutable())
        {
            Setting = Setting ?? RunSetting.Plain(ContentHash),
        };
    }
}
