using System.Collections.Immutable;
using IomSim.Cli.Commands;
using IomSim.Cli.Inputs;
using IomSim.Engine;
using IomSim.Engine.Hosting;
using IomSim.Engine.Measures;
using IomSim.Engine.Results;
using IomSim.Engine.Sweeps;
using IomSim.Results;
using IomSim.Results.Postgres;
using IomSim.Scenarios.Experiments;

namespace IomSim.Cli.Sweeps;

/// <summary>
/// Plays a sweep: every setting of the grid, each with the same seed and run indices (common random numbers), runs in
/// parallel, each handed to the results writer as it finishes (whole runs per transaction); then summarises what the
/// store holds.
/// </summary>
internal static class SweepRunner
{
    /// <summary>Runs the sweep as <paramref name="request"/> says.</summary>
    /// <exception cref="InvalidInputException">A bad scenario, <c>--vary</c> or grid.</exception>
    public static SweepReport Run(SweepRequest request, CliConsole console, CancellationToken cancellationToken)
    {
        if (request.PerRun.NoStore && request.Resume)
        {
            throw new InvalidInputException("iomsim: --resume plays the runs missing from the results store, and --no-store keeps none there: give one of them");
        }

        // Without a store the runs are kept in a temporary file until the sweep has summarised (and exported) them.
        using var scratch = request.PerRun.NoStore ? new ScratchStore() : null;
        var location = scratch?.Location
            ?? ResultsStoreLocation.Resolve(request.Store, console.Environment(ResultsStoreLocation.EnvironmentVariable));
        request.PerRun.Check();
        var world = SeedsFolder.Load(request.Seeds);
        (request, var experiment) = ExperimentSweep.Resolve(request, world);
        var scenario = ScenarioFile.Read(request.Scenario, world);
        ScenarioRunner.CheckAgainstSeeds(request.Scenario, scenario, world);
        var axes = request.Vary.Select(v => VarySpec.Parse(v, world, scenario)).ToImmutableArray();
        var repeated = axes.GroupBy(a => a.Path.Text, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new InvalidInputException($"iomsim: --vary: {repeated.Key} is varied twice (vary each number once)");
        }

        var count = SweepGrid.Count(axes);
        if (count > SweepGrid.MaxSettings)
        {
            throw new InvalidInputException(
                $"iomsim: --vary: {string.Join(" × ", axes.Select(a => a.Steps))} = {count} settings; a sweep may have at most {SweepGrid.MaxSettings}");
        }

        var seed = request.Seed ?? scenario.Seed;
        (axes, var settings) = experiment is null ? (axes, SweepGrid.Of(axes)) : ExperimentSweep.Plan(experiment, scenario, seed);
        var players = settings.Select(s => new ScenarioPlayer(world, s.ApplyTo(scenario, axes))).ToImmutableArray();
        var keys = settings.Select(s => s.KeyFor(scenario.Source.ContentHash)).ToImmutableArray();
        var templates = keys.Select((key, s) => StoredRunTemplate.For(scenario, key, seed) with
        {
            Setting = new RunSetting(scenario.Source.ContentHash, s, settings[s].Text),
        }).ToImmutableArray();

        using var store = location.Open();

        // The store keeps items, not budget years: a scenario with budget years plays the runs kept by --resume again,
        // unstored, for their budget-year measures (the same runs, so the summary is an uninterrupted sweep's).
        var hasBudgetYears = scenario.Timeline.SelectMany(session => session.Items).Any(item => item.Year is not null);
        var pairs = new List<(int Setting, int Run)>();
        var keep = new List<(int Setting, int Run)>();
        var storedBefore = 0;
        for (var s = 0; s < settings.Length; s++)
        {
            var stored = store.StoredIndices(keys[s], seed, request.Runs);
            storedBefore += stored.Count;
            var missing = Enumerable.Range(0, request.Runs).Where(run => !request.Resume || !stored.Contains(run)).Select(run => (s, run)).ToList();
            pairs.AddRange(hasBudgetYears ? Enumerable.Range(0, request.Runs).Select(run => (s, run)) : missing);
            keep.AddRange(missing);
        }

        var budgetYears = settings.Select(_ => new ImmutableArray<BudgetYearMeasures>[request.Runs]).ToArray();
        var toStore = keep.ToHashSet();
        using (var cluster = request.Cluster is { } address ? ClusterConnection.Connect(address, console.Error.WriteLine) : null)
        {
            Play(pairs, toStore, budgetYears, players, templates, store, request.Parallel, cluster, console, cancellationToken);
        }

        var total = settings.Length * request.Runs;
        var note = request.Resume
            ? $"; {storedBefore} were stored before and kept{(hasBudgetYears && storedBefore > 0 ? " (and played again, unstored, for their budget years, which the store does not hold)" : string.Empty)}"
            : storedBefore > 0 ? $"; {storedBefore} of them were stored before and were played again and replaced (--resume plays only the missing ones)" : string.Empty;
        console.Error.WriteLine(scratch is not null
            ? $"played {pairs.Count} runs ({settings.Length} {(settings.Length == 1 ? "setting" : "settings")} × {request.Runs}); stored none (--no-store)"
            : $"stored {keep.Count} of {total} runs ({settings.Length} {(settings.Length == 1 ? "setting" : "settings")} × {request.Runs}) in {store.Location}{note}");
        if (scratch is null)
        {
            StoreSize.WarnIfLarge(store, console);
        }

        var result = SweepSummary.Of(axes, settings, templates[0].Items, setting =>
        {
            var runs = store.Load(keys[setting.Index], seed, request.Runs);
            if (runs.Length != request.Runs)
            {
                throw new InvalidOperationException($"Setting {setting.Index} has {runs.Length} of {request.Runs} runs stored.");
            }

            return (keys[setting.Index], runs.Select(r => r.Events.Select(e => ToEventRun(r.RunIndex, e)).ToImmutableArray()).ToArray());
        }, hasBudgetYears ? setting => budgetYears[setting.Index] : null, marginal: experiment is { Design: not ExperimentDesign.Grid });
        if (request.PerRun.Any)
        {
            // The same code as 'iomsim runs export': the sweep's settings, in order, read back from the store.
            var groups = keys.Select((key, s) => new StoredRunGroup(scenario.Id, key, seed, templates[s].Setting, request.Runs, 0, request.Runs - 1, null, null, ScenarioEngine.Version, 0)).ToArray();
            var (_, items, votes) = Results.Export.StoredRunExport.Write(store, groups, request.PerRun.Items, request.PerRun.Votes, request.Runs);
            PerRunOutput.Report(request.PerRun, (items, votes), console);
        }

        return new SweepReport(scenario, seed, request.Runs, ScenarioEngine.Version, result) { Experiment = experiment };
    }

    // Batches of consecutive runs of a setting, as the engine plays them (each member asked once per item for a whole
    // batch), on one lane per core (on a cluster, lanes enough for every silo); each finished run goes to the writer,
    // whose thread alone uses the store's connection.
    private static void Play(
        List<(int Setting, int Run)> pairs,
        HashSet<(int Setting, int Run)> toStore,
        ImmutableArray<BudgetYearMeasures>[][] budgetYears,
        ImmutableArray<ScenarioPlayer> players,
        ImmutableArray<StoredRunTemplate> templates,
        IResultsStore store,
        int parallel,
        ClusterConnection? cluster,
        CliConsole console,
        CancellationToken cancellationToken)
    {
        parallel = cluster is null ? parallel : Math.Max(parallel, 4 * cluster.Silos);
        var batches = Batches(pairs, BatchSize(pairs.Count, parallel));
        var progress = new RunProgress(console, Math.Max(1, pairs.Count), TimeProvider.System, timeLeft: true);
        var played = 0;
        using var writer = new ResultsWriter(store);
        try
        {
            // A runtime per worker, reset between its runs (RunWorker): same runs as fresh runtimes, without activating
            // every grain again for each.
            Parallel.ForEach(
                batches,
                new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken },
                () => cluster is null ? new RunWorker() : new RunWorker(cluster.Grains),
                (batch, loop, worker) =>
                {
                    // Once storing has failed nothing more can be kept: stop, and let Complete throw the store's error.
                    if (writer.HasFailed)
                    {
                        loop.Stop();
                        return worker;
                    }

                    var (setting, first, count) = batch;
                    var template = templates[setting];
                    var attempt = 0;
                    ImmutableArray<(RunResults Run, MeasuredRun Measured)> Once()
                    {
                        // A replay goes to a fresh lane: the old lane's grains may still be busy with the failed play's calls.
                        if (attempt++ > 0)
                        {
                            worker.MoveToFreshLane();
                        }

                        return players[setting].PlayRunsMeasured(worker, template.Seed, first, count);
                    }

                    // A replay is a new play on a new lane: its grains start the runs afresh, and the same runs come out.
                    var runs = cluster is null ? Once() : cluster.Replay.Run(Once, $"setting {setting + 1}, runs {first + 1}-{first + count}");
                    for (var r = 0; r < count; r++)
                    {
                        budgetYears[setting][first + r] = runs[r].Measured.BudgetYears;
                        if (toStore.Contains((setting, first + r)))
                        {
                            writer.Add(template.Of(runs[r].Run));
                        }
                    }

                    progress.Report(Interlocked.Add(ref played, count));
                    return worker;
                },
                worker => worker.Dispose());
        }
        catch (OperationCanceledException)
        {
            progress.Finish();

            // The runs already played are stored before the program stops, so --resume plays only the others.
            var stored = writer.Complete();
            console.Error.WriteLine($"stopped after storing {stored} of {toStore.Count} runs; the same command with --resume plays the rest");
            throw;
        }

        writer.Complete();
        progress.Finish();
    }

    // Runs per batch: as large as keeps every lane busy with a few batches each (so progress moves and a replayed batch
    // after a silo's failure is short), at most the engine's largest.
    private static int BatchSize(int runs, int lanes) => Math.Clamp(runs / (lanes * 4), 1, ScenarioEngine.MaxBatchSize);

    // Consecutive runs of one setting, at most size of them per batch, in the order given.
    private static List<(int Setting, int First, int Count)> Batches(List<(int Setting, int Run)> pairs, int size)
    {
        var batches = new List<(int Setting, int First, int Count)>();
        foreach (var (setting, run) in pairs)
        {
            if (batches.Count > 0 && batches[^1] is var last && last.Setting == setting && last.First + last.Count == run && last.Count < size)
            {
                batches[^1] = last with { Count = last.Count + 1 };
            }
            else
            {
                batches.Add((setting, run, 1));
            }
        }

        return batches;
    }

    private static EventRun ToEventRun(int run, StoredEvent stored) =>
        new(run, stored.Outcome, stored.Tally, stored.Objectors, stored.RequestedVote, stored.Votes, stored.Reasons, null);
}
