using System.Net;
using System.Net.Sockets;
using IomSim.Web.Sessions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using IomSim.Grains;

namespace IomSim.Web.Tests.Sessions;

/// <summary>
/// A silo holding classroom sessions: set up as a cluster's silo is (<see cref="ClusterSetup"/>: the sessions in Redis,
/// shared by every iomsim cluster on that server), each of a cluster of its own; or with the sessions in memory.
/// </summary>
internal sealed class SessionSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private SessionSilo(IHost host) => _host = host;

    /// <summary>The silo's grains.</summary>
    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    /// <summary>Starts a silo of a cluster of its own, the sessions in the Redis at <paramref name="redis"/>, or in memory when it is null.</summary>
    public static async Task<SessionSilo> StartAsync(string? redis)
    {
        var host = new HostBuilder()
            .UseOrleans(silo =>
            {
                silo.AddIomSimGrains();
                if (redis is null)
                {
                    silo.UseLocalhostClustering(FreePort(), FreePort(), clusterId: TestRedisNames.Cluster());
                    silo.AddMemoryGrainStorage(ClassroomSessionGrain.StorageName);
                }
                else
                {
                    var address = ClusterAddress.Parse($"redis://{redis}?cluster={TestRedisNames.Cluster()}", "test");
                    silo.JoinCluster(address, IPAddress.Loopback, FreePort(), FreePort());
                }
            })
            .Build();
        await host.StartAsync();
        return new SessionSilo(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
