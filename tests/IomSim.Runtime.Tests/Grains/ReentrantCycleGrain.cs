namespace IomSim.Runtime.Tests.Grains;

[Reentrant]
public sealed class ReentrantCycleGrain : Grain, IReentrantCycleGrain
{
    public Task<string> Start(string peer) => GrainFactory.GetGrain<IReentrantCycleGrain>(peer).CallBack(GetPrimaryKeyString());

    public Task<string> CallBack(string caller) => GrainFactory.GetGrain<IReentrantCycleGrain>(caller).Ping();

    public Task<string> Ping() => Task.FromResult($"pong from {GetPrimaryKeyString()}");
}
