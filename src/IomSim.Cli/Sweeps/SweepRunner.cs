using System.Collections.Concurrent;
using System.Collections.Immutable;
using IomSim.Cli.Commands;
using IomSim.Cli.Inputs;
using IomSim.Cli.Output;
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
    /// <exception cref="InvalidInputException">A bad scenario, <c>--vary</c> or grid, an output that cannot be written, or a sweep too large without <c>--force</c>.</exception>
    /// <exception cref="OperationCanceledException">Cancelled (Ctrl+C), in any phase; the runs already played are stored first.</exception>
    public static SweepReport Run(SweepRequest request, CliConsole console, CancellationToken cancellationToken)
    {
        if (request.PerRun.NoStore && request.Resume)
        {
            throw new InvalidInputException("iomsim: --resume plays the runs missing from the results store, and --no-store keeps none there: give one of them");
        }

        // Every output is checked before anything is planned or played: a typo costs no simulation.
        OutputCheck.Folder(request.Out, "--out");
        request.PerRun.Check();

        // Without a store the runs are kept in a temporary file until the sweep has summarised (and exported) them.
        using var scratch = request.PerRun.NoStore ? new ScratchStore() : null;
        var location = scratch?.Location
            ?? ResultsStoreLocation.Resolve(request.Store, console.Environment(ResultsStoreLocation.EnvironmentVariable));
        OutputCheck.Store(location);
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

        SweepLimits.Check(experiment is null ? count : ExperimentSweep.Settings(experiment), request.Runs, request.Force);
        cancellationToken.ThrowIfCancellationRequested();
        var seed = request.Seed ?? scenario.Seed;
        (axes, var settings) = experiment is null ? (axes, SweepGrid.Of(axes)) : ExperimentSweep.Plan(experiment, scenario, seed);
        var players = new SettingPlayers(world, scenario, axes, settings);
        var keys = settings.Select(s => s.KeyFor(scenario.Source.ContentHash)).ToImmutableArray();
        var templates = keys.Select((key, s) => StoredRunTemplate.For(scenario, key, seed) with
        {
            Setting = new RunSetting(scenario.Source.ContentHash, s, settings[s].Text),
        }).ToImmutableArray();

        using var store = location.Open();

        // The store keeps items, not budget years: a scenario with budget years plays the runs kept by --resume again,
        // unstored, for their budget-year measures (the same runs, so the summary is an uninterrupted sweep's). The runs
        // stored before are counted here, setting by setting; which ones they are is asked again when a setting's turn
        // comes, so no list of (setting, run) pairs is ever held: a sweep of 10^10 runs starts as fast as one of ten.
        var hasBudgetYears = scenario.Timeline.SelectMany(session => session.Items).Any(item => item.Year is not null);
        var storedBefore = 0L;
        for (var s = 0; s < settings.Length; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            storedBefore += store.StoredIndices(keys[s], seed, request.Runs).Count;
        }

        var total = (long)settings.Length * request.Runs;
        var toStore = request.Resume ? total - storedBefore : total;

        // The plan asks for a setting's stored runs while the writer stores others: through a connection of its own,
        // since the writer's thread alone uses the store's.
        using var planned = request.Resume ? location.Open() : null;
        var plan = new SweepPlan(settings.Length, request.Runs, planned is null ? null : s => planned.StoredIndices(keys[s], seed, request.Runs), hasBudgetYears);
        var budgetYears = hasBudgetYears ? new ImmutableArray<BudgetYearMeasures>[]?[settings.Length] : null;
        var toPlay = hasBudgetYears ? total : toStore;
        using (var cluster = request.Cluster is { } address ? ClusterConnection.Connect(address, console.Error.WriteLine) : null)
        {
            Play(plan, toPlay, toStore, budgetYears, players, templates, store, request.Parallel, cluster, console, cancellationToken);
        }

        var note = request.Resume
            ? $"; {storedBefore} were stored before and kept{(hasBudgetYears && storedBefore > 0 ? " (and played again, unstored, for their budget years, which the store does not hold)" : string.Empty)}"
            : storedBefore > 0 ? $"; {storedBefore} of them were stored before and were played again and replaced (--resume plays only the missing ones)" : string.Empty;
        console.Error.WriteLine(scratch is not null
            ? $"played {toPlay} runs ({settings.Length} {(settings.Length == 1 ? "setting" : "settings")} × {request.Runs}); stored none (--no-store)"
            : $"stored {toStore} of {total} runs ({settings.Length} {(settings.Length == 1 ? "setting" : "settings")} × {request.Runs}) in {store.Location}{note}");
        if (scratch is null)
        {
            StoreSize.WarnIfLarge(store, console);
        }

        var result = SweepSummary.Of(axes, settings, templates[0].Items, setting =>
        {
            // Summarising reads the store a setting at a time; Ctrl+C stops it between settings (everything is stored).
            cancellationToken.ThrowIfCancellationRequested();
            var runs = store.Load(keys[setting.Index], seed, request.Runs);
            if (runs.Length != request.Runs)
            {
                throw new InvalidOperationException($"Setting {setting.Index} has {runs.Length} of {request.Runs} runs stored.");
            }

            return (keys[setting.Index], runs.Select(r => r.Events.Select(e => ToEventRun(r.RunIndex, e)).ToImmutableArray()).ToArray());
        }, budgetYears is null ? null : setting => budgetYears[setting.Index]!, marginal: experiment is { Design: not ExperimentDesign.Grid });
        cancellationToken.ThrowIfCancellationRequested();
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
    // whose thread alone uses the store's connection. The batches are drawn from the plan one at a time as lanes free up.
    private static void Play(
        SweepPlan plan,
        long toPlay,
        long toStore,
        ImmutableArray<BudgetYearMeasures>[]?[]? budgetYears,
        SettingPlayers players,
        ImmutableArray<StoredRunTemplate> templates,
        IResultsStore store,
        int parallel,
        ClusterConnection? cluster,
        CliConsole console,
        CancellationToken cancellationToken)
    {
        parallel = cluster is null ? parallel : Math.Max(parallel, 4 * cluster.Silos);
        var batches = Partitioner.Create(plan.Batches(BatchSize(toPlay, parallel), cancellationToken), EnumerablePartitionerOptions.NoBuffering);
        var progress = new RunProgress(console, Math.Max(1, toPlay), TimeProvider.System, timeLeft: true);
        var played = 0L;
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

                    var (setting, first, count, keep) = batch;
                    var template = templates[setting];
                    var player = players.For(setting);
                    var attempt = 0;
                    ImmutableArray<(RunResults Run, MeasuredRun Measured)> Once()
                    {
                        // A replay goes to a fresh lane: the old lane's grains may still be busy with the failed play's calls.
                        if (attempt++ > 0)
                        {
                            worker.MoveToFreshLane();
                        }

                        return player.PlayRunsMeasured(worker, template.Seed, first, count);
                    }

                    // A replay is a new play on a new lane: its grains start the runs afresh, and the same runs come out.
                    var runs = cluster is null ? Once() : cluster.Replay.Run(Once, $"setting {setting + 1}, runs {first + 1}-{first + count}");
                    var years = budgetYears is null ? null : LazyInitializer.EnsureInitialized(ref budgetYears[setting], () => new ImmutableArray<BudgetYearMeasures>[plan.Runs]);
                    for (var r = 0; r < count; r++)
                    {
                        if (years is not null)
                        {
                            years[first + r] = runs[r].Measured.BudgetYears;
                        }

                        if (keep)
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
            console.Error.WriteLine($"stopped after storing {stored} of {toStore} runs; the same command with --resume plays the rest");
            throw;
        }

        writer.Complete();
        progress.Finish();
    }

    // Runs per batch: as large as keeps every lane busy with a few batches each (so progress moves and a replayed batch
    // after a silo's failure is short), at most the engine's largest.
    private static int BatchSize(long runs, int lanes) => (int)Math.Clamp(runs / (lanes * 4L), 1, ScenarioEngine.MaxBatchSize);

    private static EventRun ToEventRun(int run, StoredEvent stored) =>
        new(run, stored.Outcome, stored.Tally, stored.Objectors, stored.RequestedVote, stored.Votes, stored.Reasons, null);
}
