using IomSim.Runtime;

namespace IomSim.Benchmarks;

/// <summary>The smallest useful grain: a member state that answers a question about a motion.</summary>
public interface IMemberGrain : IGrainWithStringKey
{
    Task<int> Position(int motion);
}
