using System.Collections.Immutable;

namespace IomSim.Runtime.Tests.Grains;

public sealed class ErrandGrain : Grain, IErrandGrain
{
    // References kept across calls, as the Council keeps its members': their call objects are reused.
    private readonly Dictionary<string, IErrandGrain> _peers = [];
    private readonly List<string> _finished = [];
    private TaskCompletionSource? _signal;

    public ValueTask<int> Twice(int value) => ValueTask.FromResult(value * 2);

    public ValueTask<int> StartErrand(int value)
    {
        _signal ??= new TaskCompletionSource();
        _ = FinishErrandAsync(value, _signal.Task);
        return ValueTask.FromResult(value);
    }

    public ValueTask<int> Signal()
    {
        var finishedBefore = _finished.Count;
        _signal?.SetResult();
        _signal = null;
        return ValueTask.FromResult(finishedBefore);
    }

    public ValueTask<ImmutableArray<string>> Errands() => ValueTask.FromResult(_finished.ToImmutableArray());

    public ValueTask<string> Ping() => ValueTask.FromResult($"pong from {GetPrimaryKeyString()}");

    public ValueTask<string> Start(string peer) => Peer(peer).CallBack(GetPrimaryKeyString());

    public ValueTask<string> CallBack(string caller) => Peer(caller).Ping();

    // The await captures the synchronization context of the call that started the errand, which has finished by then.
    private async Task FinishErrandAsync(int value, Task signal)
    {
        await signal;
        _finished.Add($"{GetPrimaryKeyString()}:{value}");
    }

    private IErrandGrain Peer(string key)
    {
        if (!_peers.TryGetValue(key, out var peer))
        {
            peer = GrainFactory.GetGrain<IErrandGrain>(key);
            _peers.Add(key, peer);
        }

        return peer;
    }
}
