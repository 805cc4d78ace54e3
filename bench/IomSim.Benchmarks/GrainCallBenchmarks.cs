using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using IomSim.Runtime;
using IomSim.Runtime.Hosting;
using IomSim.Runtime.Scheduling;

namespace IomSim.Benchmarks;

/// <summary>
/// The cost of a grain call against a direct method call, and of a 175-member fan-out/fan-in (one call per member
/// state, as in a Council vote), on each scheduler. Each category's ratios are to its direct-call baseline.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class GrainCallBenchmarks
{
    /// <summary>Calls per benchmark invocation, so that per-invocation set-up is amortised.</summary>
    private const int Calls = 10_000;

    private const int Members = 175;

    private readonly MemberGrain _direct = new();
    private readonly IMemberGrain[] _directMembers = [.. Enumerable.Range(0, Members).Select(_ => new MemberGrain())];
    private GrainRuntime _deterministic = null!;
    private GrainRuntime _concurrent = null!;
    private IMemberGrain _deterministicGrain = null!;
    private IMemberGrain _concurrentGrain = null!;
    private IMemberGrain[] _deterministicMembers = null!;
    private IMemberGrain[] _concurrentMembers = null!;

    [GlobalSetup]
    public void Setup()
    {
        _deterministic = Create(SchedulerKind.Deterministic);
        _concurrent = Create(SchedulerKind.Concurrent);
        _deterministicGrain = _deterministic.GetGrain<IMemberGrain>("single");
        _concurrentGrain = _concurrent.GetGrain<IMemberGrain>("single");
        _deterministicMembers = [.. Enumerable.Range(0, Members).Select(i => _deterministic.GetGrain<IMemberGrain>($"member-{i}"))];
        _concurrentMembers = [.. Enumerable.Range(0, Members).Select(i => _concurrent.GetGrain<IMemberGrain>($"member-{i}"))];

        // Activate everything once: the benchmarks measure calls, not activations.
        _deterministic.RunAsync(_ => FanOut(_deterministicMembers)).GetAwaiter().GetResult();
        _deterministic.RunAsync(_ => AskAll(_deterministicMembers)).GetAwaiter().GetResult();
        _deterministic.RunAsync(_ => _deterministicGrain.Position(0)).GetAwaiter().GetResult();
        FanOut(_concurrentMembers).GetAwaiter().GetResult();
        _concurrentGrain.Position(0).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _deterministic.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _concurrent.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Calls)]
    [BenchmarkCategory("call")]
    public Task<int> DirectCall() => Sequential(_direct);

    [Benchmark(OperationsPerInvoke = Calls)]
    [BenchmarkCategory("call")]
    public Task<int> DeterministicGrainCall() => _deterministic.RunAsync(_ => Sequential(_deterministicGrain));

    [Benchmark(OperationsPerInvoke = Calls)]
    [BenchmarkCategory("call")]
    public Task<int> ConcurrentGrainCall() => Sequential(_concurrentGrain);

    /// <summary>Many calls in flight at once, spread over the 175 members: the concurrent scheduler's throughput.</summary>
    [Benchmark(OperationsPerInvoke = Calls)]
    [BenchmarkCategory("call")]
    public Task<int[]> ConcurrentGrainCallsInFlight() =>
        Task.WhenAll(Enumerable.Range(0, Calls).Select(i => _concurrentMembers[i % Members].Position(i)));

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("fan-out 175")]
    public Task<int> DirectFanOut() => FanOut(_directMembers);

    [Benchmark]
    [BenchmarkCategory("fan-out 175")]
    public Task<int> DeterministicFanOut() => _deterministic.RunAsync(_ => FanOut(_deterministicMembers));

    [Benchmark]
    [BenchmarkCategory("fan-out 175")]
    public Task<int> ConcurrentFanOut() => FanOut(_concurrentMembers);

    /// <summary>As the Council asks its members: a <see cref="ValueTask{TResult}"/> method through <see cref="GrainFanOut.AskAll{TGrain, TResult}(IReadOnlyList{TGrain}, Func{TGrain, int, ValueTask{TResult}})"/>.</summary>
    [Benchmark]
    [BenchmarkCategory("fan-out 175")]
    public Task<int> DeterministicAskAll() => _deterministic.RunAsync(_ => AskAll(_deterministicMembers));

    /// <summary>Asks every member once through <see cref="GrainFanOut.AskAll{TGrain, TResult}(IReadOnlyList{TGrain}, Func{TGrain, int, ValueTask{TResult}})"/> and sums the answers.</summary>
    internal static async Task<int> AskAll(IMemberGrain[] members)
    {
        var answers = await GrainFanOut.AskAll(members, static (member, i) => member.Weigh(i));
        return answers.Sum();
    }

    private static GrainRuntime Create(SchedulerKind scheduler) =>
        new(new GrainRuntimeOptions { Scheduler = scheduler, IdleTimeout = Timeout.InfiniteTimeSpan }.AddGrain<MemberGrain>());

    private static async Task<int> Sequential(IMemberGrain grain)
    {
        var sum = 0;
        for (var i = 0; i < Calls; i++)
        {
            sum += await grain.Position(i);
        }

        return sum;
    }

    private static async Task<int> FanOut(IMemberGrain[] members)
    {
        var calls = new Task<int>[members.Length];
        for (var i = 0; i < members.Length; i++)
        {
            calls[i] = members[i].Position(i);
        }

        var positions = await Task.WhenAll(calls);
        return positions.Sum();
    }
}
