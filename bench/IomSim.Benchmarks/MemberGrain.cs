using IomSim.Runtime;

namespace IomSim.Benchmarks;

public sealed class MemberGrain : Grain, IMemberGrain
{
    private int _answered;

    public Task<int> Position(int motion) => Task.FromResult(motion + _answered++);
}
