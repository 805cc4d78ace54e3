using IomSim.Grains;
using Orleans.Serialization;
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
        var builder = new InProcessTestClusterBuilder(3);
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((_, silo) => silo.AddIomSimGrains());
        builder.ConfigureClient(client => client.Services.AddSerializer(serializer => serializer.AddDomainTypes()));
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }
}
