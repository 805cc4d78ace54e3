using IomSim.Grains;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Serialization;

namespace IomSim.Engine.Hosting;

/// <summary>
/// This program as an Orleans client of a cluster (<c>--cluster</c>): the engine's lanes are placed on the cluster's
/// silos instead of the embedded one, and each batch is played again elsewhere when its silo fails (<see cref="Replay"/>).
/// </summary>
public sealed class ClusterConnection : IAsyncDisposable, IDisposable
{
    /// <summary>How long the client tries to reach a silo of the cluster before it says that none answers.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly IHost _host;

    private ClusterConnection(IHost host, ClusterAddress address, int silos, Action<string>? report)
    {
        _host = host;
        Address = address;
        Silos = silos;
        Grains = host.Services.GetRequiredService<IClusterClient>();
        Replay = new BatchReplay(address, report);
    }

    /// <summary>The cluster.</summary>
    public ClusterAddress Address { get; }

    /// <summary>How many silos were active when the client connected.</summary>
    public int Silos { get; }

    /// <summary>Where the cluster's grains are reached.</summary>
    public IGrainFactory Grains { get; }

    /// <summary>How batches whose silo failed are played again.</summary>
    public BatchReplay Replay { get; }

    /// <summary>
    /// Connects to the cluster at <paramref name="address"/>; <paramref name="report"/> is told how many silos answered
    /// and how long connecting took, then of every batch played again.
    /// </summary>
    /// <exception cref="ClusterUnavailableException">Redis cannot be reached, or no silo of the cluster answers.</exception>
    public static ClusterConnection Connect(ClusterAddress address, Action<string>? report = null)
    {
        ArgumentNullException.ThrowIfNull(address);
        var started = TimeProvider.System.GetTimestamp();
        var builder = SiloSetup.QuietHost();
        builder.UseOrleansClient(client =>
        {
            client.JoinCluster(address);
            client.UseConnectionRetryFilter(new GatewayWait(Patience, TimeProvider.System));
            client.Services.AddSerializer(serializer => serializer.AddDomainTypes());
        });
        var host = builder.Build();
        try
        {
            host.StartAsync().GetAwaiter().GetResult();
            var hosts = host.Services.GetRequiredService<IClusterClient>().GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true).GetAwaiter().GetResult();
            var connection = new ClusterConnection(host, address, Math.Max(1, hosts.Count), report);
            report?.Invoke($"connected to cluster '{address.ClusterId}' at {address}: {hosts.Count} {(hosts.Count == 1 ? "silo" : "silos")} in {TimeProvider.System.GetElapsedTime(started).TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)} s");
            return connection;
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            host.Dispose();
            throw new ClusterUnavailableException(
                $"iomsim: --cluster {address}: no silo of cluster '{address.ClusterId}' answers ({error.Message}); start one with 'iomsim silo --cluster {address}'", error);
        }
    }

    /// <summary>Leaves the cluster.</summary>
    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync().ConfigureAwait(false);
        _host.Dispose();
    }

    /// <summary>Leaves the cluster.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
