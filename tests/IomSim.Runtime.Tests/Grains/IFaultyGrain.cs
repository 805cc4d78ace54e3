namespace IomSim.Runtime.Tests.Grains;

public interface IFaultyGrain : IGrainWithStringKey
{
    Task Remember(string note);

    Task<string> Recall();

    Task FailSynchronously(string message);

    Task<int> FailAfterAwait(string message);

    ValueTask<int> Twice(int value);

    ValueTask Touch();
}
