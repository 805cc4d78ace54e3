using System.Diagnostics;
using System.Globalization;
using IomSim.Domain.Procedure;
using IomSim.Engine;
using IomSim.Results;
using IomSim.Scenarios;
using IomSim.Seeds;

namespace IomSim.Benchmarks;

/// <summary>
/// <c>--profile [runs] [parallelism] [direct] [--sets N]</c>: the Russia session through the engine (or, with <c>direct</c>, the
/// direct loop over arrays) for a number of runs (default 20,000) on both cores (default 2), without BenchmarkDotNet,
/// printing runs per second (with <c>--sets</c>, for each of N such sets in one process: warm-up, then steady speed): a plain process to attach a profiler to
/// (<c>dotnet-trace collect -- dotnet bench/IomSim.Benchmarks/bin/Release/net10.0/IomSim.Benchmarks.dll --profile</c>).
/// <c>--profile store [runs]</c> plays the full Russia scenario that many times
/// and times storing the whole result into a fresh results file in batches (<c>IResultsStore.Save(result)</c>). A rough figure only; the benchmarks are the measurement.
/// </summary>
internal static class ProfileRun
{
    public const string Flag = "--profile";

    public static void Run(IReadOnlyList<string> args)
    {
        if (args.Count > 1 && args[1] == "store")
        {
            StoreRuns(args.Count > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20_000);
            return;
        }

        // Positional: runs, parallelism, "direct"; then "--sets N" plays N sets of that many runs in the same process.
        var sets = 1;
        var positional = new List<string>();
        for (var i = 1; i < args.Count; i++)
        {
            if (args[i] == "--sets" && i + 1 < args.Count)
            {
                sets = int.Parse(args[++i], CultureInfo.InvariantCulture);
            }
            else
            {
                positional.Add(args[i]);
            }
        }

        var runs = positional.Count > 0 ? int.Parse(positional[0], CultureInfo.InvariantCulture) : 20_000;
        var parallelism = positional.Count > 1 ? int.Parse(positional[1], CultureInfo.InvariantCulture) : 2;
        var direct = positional.Count > 2 && positional[2] == "direct";
        var session = RussiaSession.Load();
        var engine = new ScenarioEngine(session.World);
        int Play(int count) => direct ? PlayDirect(session, count, parallelism) : engine.Run(session.Scenario, count, session.Scenario.Seed, parallelism).Runs;
        Play(100);

        // The first set carries the JIT's warm-up (tiering and dynamic PGO, tens of thousands of runs on two busy cores);
        // the later ones show the speed a long sweep settles at.
        for (var set = 1; set <= sets; set++)
        {
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var pauses = GC.GetTotalPauseDuration();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var played = Play(runs);
            clock.Stop();
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{(sets > 1 ? $"set {set}: " : "")}{played} runs ({(direct ? "direct loop" : "engine")}) in {clock.Elapsed.TotalSeconds:0.00} s: {played / clock.Elapsed.TotalSeconds:0} runs/s, {parallelism} at once; {cpu.TotalMicroseconds / played:0.0} µs of CPU per run (steadier than runs/s on a shared machine); {allocated / 1024.0 / runs:0.0} KB allocated per run; GC pauses {(GC.GetTotalPauseDuration() - pauses).TotalSeconds:0.00} s, collections so far {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}"));
        }
    }

    // As ResultsStoreBenchmarks.Batches: the full Russia scenario's runs, played once, stored into a fresh file in batches.
    private static void StoreRuns(int runs)
    {
        var world = SeedLoader.Load(RepositoryFiles.Combine("seeds"));
        var scenario = ScenarioReader.Read(RepositoryFiles.Combine("scenarios", "russia-2020.yaml"), world);
        var result = new ScenarioEngine(world).Run(scenario, runs, scenario.Seed, 2);
        var folder = Directory.CreateTempSubdirectory("iomsim-store-profile-");
        try
        {
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            using (var store = new ResultsStore(Path.Combine(folder.FullName, "results.db")))
            {
                store.Save(result);
            }

            clock.Stop();
            allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{runs} runs stored in {clock.Elapsed.TotalSeconds:0.00} s: {clock.Elapsed.TotalMicroseconds / runs:0.0} µs and {allocated / 1024.0 / runs:0.0} KB per run"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    // As SessionBenchmarks.DirectLoop: the same item over plain arrays, runs shared out over the workers.
    private static int PlayDirect(RussiaSession session, int runs, int parallelism)
    {
        Parallel.For(0, runs, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, run =>
            AgendaItemProcedure.Run(session.Motion, session.Roster, session.Model, session.Scenario.Seed, run));
        return runs;
    }
}
