using IomSim.Grains;
using Orleans.Serialization;
using Orleans.TestingHost;

namespace IomSim.Testing;

/// <summary>
/// Orleans' in-process test cluster set up as the programs set up their silos (<see cref="SiloSetup.AddIomSimGrains"/>)
/// and their clients (the domain's types as JSON): for the grain tests, the determinism tests and the benchmarks.
/// </summary>
public static class TestClusters
{
    /// <summary>Starts a cluster of <paramref name="silos"/> silos and its client.</summary>
    public static async Task<InProcessTestCluster> StartAsync(int silos)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(silos, 1);
        var builder = new InProcessTestClusterBuilder((short)silos);
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((_, silo) => silo.AddIomSimGrains());
        builder.ConfigureClient(client => client.Services.AddSerializer(serializer => serializer.AddDomainTypes()));
        var cluster = builder.Build();
        await cluster.DeployAsync().ConfigureAwait(false);
        return cluster;
    }
}
