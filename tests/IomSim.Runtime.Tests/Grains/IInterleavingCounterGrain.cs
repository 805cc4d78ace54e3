namespace IomSim.Runtime.Tests.Grains;

public interface IInterleavingCounterGrain : IGrainWithStringKey
{
    Task<int> Add(int amount);

    Task<int> Current();
}
