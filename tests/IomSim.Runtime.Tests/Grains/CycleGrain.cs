namespace IomSim.Runtime.Tests.Grains;

public sealed class CycleGrain : Grain, ICycleGrain
{
    public Task<string> Start(string peer) => GrainFactory.GetGrain<ICycleGrain>(peer).CallBack(GetPrimaryKeyString());

    public Task<string> CallBack(string caller) => GrainFactory.GetGrain<ICycleGrain>(caller).Ping();

    public Task<string> Ping() => Task.FromResult($"pong from {GetPrimaryKeyString()}");

    public Task<string> PingInterleaved() => Ping();

    public Task<string> StartInterleaved(string peer) => GrainFactory.GetGrain<ICycleGrain>(peer).CallBackInterleaved(GetPrimaryKeyString());

    public Task<string> CallBackInterleaved(string caller) => GrainFactory.GetGrain<ICycleGrain>(caller).PingInterleaved();

    public Task<string> CallSelf() => GrainFactory.GetGrain<ICycleGrain>(GetPrimaryKeyString()).Ping();
}
