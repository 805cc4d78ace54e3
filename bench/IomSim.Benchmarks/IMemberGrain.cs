using IomSim.Runtime;

namespace IomSim.Benchmarks;

/// <summary>The smallest useful grain: a member state that answers a question about a motion.</summary>
public interface IMemberGrain : IGrainWithStringKey
{
    Task<int> Position(int motion);

    /// <summary>The same answer as a <see cref="ValueTask{TResult}"/>, as the real member grains give theirs.</summary>
    ValueTask<int> Weigh(int motion);
}
