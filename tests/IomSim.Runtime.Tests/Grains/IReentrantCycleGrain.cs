namespace IomSim.Runtime.Tests.Grains;

public interface IReentrantCycleGrain : IGrainWithStringKey
{
    Task<string> Start(string peer);

    Task<string> CallBack(string caller);

    Task<string> Ping();
}
