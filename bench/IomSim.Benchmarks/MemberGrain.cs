using IomSim.Runtime;

namespace IomSim.Benchmarks;

public sealed class MemberGrain : Grain, IMemberGrain
{
    private int _answered;

    /// <summary>A vote of -1, 0 or 1 that depends on the motion and on how often this member has answered.</summary>
    public Task<int> Position(int motion) => Task.FromResult(((motion + _answered++) % 3) - 1);

    /// <inheritdoc />
    public ValueTask<int> Weigh(int motion) => ValueTask.FromResult(((motion + _answered++) % 3) - 1);
}
