namespace IomSim.Runtime.Tests.Grains;

/// <summary>The same counter marked reentrant: its calls interleave at the await, so it loses updates.</summary>
[Reentrant]
public sealed class InterleavingCounterGrain : Grain, IInterleavingCounterGrain
{
    private int _count;

    public async Task<int> Add(int amount)
    {
        var read = _count;
        await Task.Yield();
        _count = read + amount;
        return _count;
    }

    public Task<int> Current() => Task.FromResult(_count);
}
