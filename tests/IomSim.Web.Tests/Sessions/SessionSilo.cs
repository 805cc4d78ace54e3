using System.Net;
using System.Net.Sockets;
using IomSim.Web.Sessions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace IomSim.Web.Tests.Sessions;

/// <summary>A silo holding classroom sessions, its storage in Redis (shared by every silo given the same service id) or in memory.</summary>
internal sealed class SessionSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private SessionSilo(IHost host) => _host = host;

    /// <summary>The silo's grains.</summary>
    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    /// <summary>Starts a silo of its own cluster, storing sessions in Redis under <paramref name="serviceId"/>, or in memory when <paramref name="redis"/> is null.</summary>
    public static async Task<SessionSilo> StartAsync(string serviceId, string? redis)
    {
        var host = new HostBuilder()
            .UseOrleans(silo =>
            {
                silo.UseLocalhostClustering(FreePort(), FreePort(), serviceId: serviceId, clusterId: TestRedisNames.Cluster());
                if (redis is null)
                {
                    silo.AddMemoryGrainStorage(ClassroomSessionGrain.StorageName);
                }
                else
                {
                    silo.AddRedisGrainStorage(ClassroomSessionGrain.StorageName, options => options.ConfigurationOptions = ConfigurationOptions.Parse(redis));
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
