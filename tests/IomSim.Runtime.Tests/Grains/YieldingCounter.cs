namespace IomSim.Runtime.Tests.Grains;

/// <summary>A counter that yields between reading and writing: it stays exact only if its calls never interleave.</summary>
public abstract class YieldingCounter : Grain
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
