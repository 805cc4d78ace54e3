namespace IomSim.Runtime.Tests.Grains;

/// <summary>Grains that call a peer, which calls back: A.Start → B.CallBack → A.Ping.</summary>
public interface ICycleGrain : IGrainWithStringKey
{
    Task<string> Start(string peer);

    Task<string> CallBack(string caller);

    Task<string> Ping();

    [AlwaysInterleave]
    Task<string> PingInterleaved();

    Task<string> StartInterleaved(string peer);

    Task<string> CallBackInterleaved(string caller);

    Task<string> CallSelf();
}
