namespace IomSim.Runtime.Tests.Grains;

public interface IFaultyGrain : IGrainWithStringKey
{
    Task Remember(string note);

    Task<string> Recall();

    Task FailSynchronously(string message);

    Task<int> FailAfterAwait(string message);

    ValueTask<int> Twice(int value);

    ValueTask Touch();

    ValueTask<int> FailValue(string message);

    ValueTask<int> TwiceAfterYield(int value);

    ValueTask<int> FailValueAfterYield(string message);
}
