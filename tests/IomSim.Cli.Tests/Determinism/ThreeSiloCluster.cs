using IomSim.Testing;
using Orleans.TestingHost;

namespace IomSim.Cli.Tests.Determinism;

/// <summary>
/// Three silos in this process (Orleans' in-process test cluster) and a client: the engine plays through the client,
/// so every item crosses from client to silo and many calls cross between silos, serialized as they would be between
/// machines.
/// </summary>
public sealed class ThreeSiloCluster : IAsyncLifetime
{
    private InProcessTestCluster? _cluster;

    /// <summary>The cluster's client.</summary>
    public IGrainFactory Client => _cluster?.Client ?? throw new InvalidOperationException("The cluster has not started.");

    /// <summary>How many silos are up.</summary>
    public int Silos => _cluster?.GetActiveSilos().Count() ?? 0;

    public async Task InitializeAsync()
    {
        _cluster = await TestClusters.StartAsync(3);
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }
}
