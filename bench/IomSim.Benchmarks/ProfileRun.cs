using System.Diagnostics;
using System.Globalization;
using IomSim.Domain.Procedure;
using IomSim.Engine;

namespace IomSim.Benchmarks;

/// <summary>
/// <c>--profile [runs] [parallelism] [direct]</c>: the Russia session through the engine (or, with <c>direct</c>, the
/// direct loop over arrays) for a number of runs (default 20,000) on both cores (default 2), without BenchmarkDotNet,
/// printing runs per second: a plain process to attach a profiler to
/// (<c>dotnet-trace collect -- dotnet bench/IomSim.Benchmarks/bin/Release/net10.0/IomSim.Benchmarks.dll --profile</c>).
/// A rough figure only; the benchmarks are the measurement.
/// </summary>
internal static class ProfileRun
{
    public const string Flag = "--profile";

    public static void Run(IReadOnlyList<string> args)
    {
        var runs = args.Count > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000;
        var parallelism = args.Count > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2;
        var direct = args.Count > 3 && args[3] == "direct";
        var session = RussiaSession.Load();
        var engine = new ScenarioEngine(session.World);
        int Play(int count) => direct ? PlayDirect(session, count, parallelism) : engine.Run(session.Scenario, count, session.Scenario.Seed, parallelism).Runs;
        Play(100);

        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var played = Play(runs);
        clock.Stop();
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{played} runs ({(direct ? "direct loop" : "engine")}) in {clock.Elapsed.TotalSeconds:0.00} s: {played / clock.Elapsed.TotalSeconds:0} runs/s, {parallelism} at once; {allocated / 1024.0 / runs:0.0} KB allocated per run; GC pauses {GC.GetTotalPauseDuration().TotalSeconds:0.00} s, collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}"));
    }

    // As SessionBenchmarks.DirectLoop: the same item over plain arrays, runs shared out over the workers.
    private static int PlayDirect(RussiaSession session, int runs, int parallelism)
    {
        Parallel.For(0, runs, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, run =>
            AgendaItemProcedure.Run(session.Motion, session.Roster, session.Model, session.Scenario.Seed, run));
        return runs;
    }
}
