using System.Collections.Concurrent;

namespace IomSim.Runtime.Tests.Grains;

public sealed class ProbeGrain : Grain, IProbeGrain
{
    private static readonly Dictionary<int, Barrier> s_barriers = [];

    public Task<bool> MeetAtBarrier(int participants)
    {
        Barrier barrier;
        lock (s_barriers)
        {
            if (!s_barriers.TryGetValue(participants, out barrier!))
            {
                barrier = new Barrier(participants);
                s_barriers.Add(participants, barrier);
            }
        }

        // Blocking on purpose: only calls running on different threads at once can all pass.
        return Task.FromResult(barrier.SignalAndWait(TimeSpan.FromSeconds(10)));
    }

    public Task WaitOnTimer() => Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System);

    public Task<string> Relay(string nextKey) => GrainFactory.GetGrain<IProbeGrain>(nextKey).Echo(GetPrimaryKeyString());

    public Task<string> Echo(string text) => Task.FromResult($"{GetPrimaryKeyString()} heard {text}");

    public async Task<string> MeetThenCall(string peer, string rendezvous)
    {
        await Rendezvous.Arrive(rendezvous);
        return await GrainFactory.GetGrain<IProbeGrain>(peer).Echo(GetPrimaryKeyString());
    }
}

/// <summary>Lets two grain calls wait for each other to be in progress, across runtimes' threads.</summary>
internal static class Rendezvous
{
    private static readonly ConcurrentDictionary<string, (int Arrived, TaskCompletionSource Met)> s_points = new(StringComparer.Ordinal);

    public static Task Arrive(string name)
    {
        var point = s_points.AddOrUpdate(
            name,
            _ => (1, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)),
            (_, p) => (p.Arrived + 1, p.Met));
        if (point.Arrived == 2)
        {
            point.Met.SetResult();
        }

        return point.Met.Task;
    }
}

/// <summary>Fails its first activation for each key, then works.</summary>
public sealed class BrokenGrain : Grain, IBrokenGrain
{
    private static readonly ConcurrentDictionary<string, int> s_attempts = new(StringComparer.Ordinal);

    public static int AttemptsFor(string key) => s_attempts.GetValueOrDefault(key);

    public override Task OnActivateAsync(CancellationToken cancellationToken) =>
        s_attempts.AddOrUpdate(GetPrimaryKeyString(), 1, (_, n) => n + 1) == 1
            ? throw new InvalidOperationException("activation failed on purpose")
            : Task.CompletedTask;

    public Task<int> Anything() => Task.FromResult(42);
}
