using System.Diagnostics;
using System.Globalization;
using IomSim.Engine;

namespace IomSim.Benchmarks;

/// <summary>
/// <c>--profile [runs] [parallelism]</c>: the Russia session through the engine for a number of runs (default 20,000) on both cores (default 2),
/// without BenchmarkDotNet, printing runs per second: a plain process to attach a profiler to
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
        var session = RussiaSession.Load();
        var engine = new ScenarioEngine(session.World);
        engine.Run(session.Scenario, 100, session.Scenario.Seed, 2);

        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var result = engine.Run(session.Scenario, runs, session.Scenario.Seed, parallelism);
        clock.Stop();
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{result.Runs} runs in {clock.Elapsed.TotalSeconds:0.00} s: {result.Runs / clock.Elapsed.TotalSeconds:0} runs/s, {parallelism} at once; {allocated / 1024.0 / runs:0.0} KB allocated per run; GC pauses {GC.GetTotalPauseDuration().TotalSeconds:0.00} s, collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}"));
    }
}
