namespace IomSim.Runtime.Tests.Grains;

public interface ICounterGrain : IGrainWithStringKey
{
    /// <summary>Adds to the count, awaiting between the read and the write, and returns the new count.</summary>
    Task<int> Add(int amount);

    Task<int> Current();
}
