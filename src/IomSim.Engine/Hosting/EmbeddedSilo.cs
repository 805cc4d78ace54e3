using System.Net;
using System.Net.Sockets;
using IomSim.Grains;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace IomSim.Engine.Hosting;

/// <summary>
/// One Orleans silo in this process, with localhost clustering: what <c>iomsim run</c>, <c>compare</c>, <c>report</c>,
/// <c>sweep</c>, <c>calibrate</c> and <c>serve</c> play on unless told to join a cluster. Nothing to install or start.
/// </summary>
public sealed class EmbeddedSilo : IAsyncDisposable, IDisposable
{
    private static readonly Lazy<EmbeddedSilo> s_shared = new(() => Start(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly IHost _host;

    private EmbeddedSilo(IHost host)
    {
        _host = host;
        Grains = host.Services.GetRequiredService<IGrainFactory>();
    }

    /// <summary>The process's silo, started on first use and stopped when the process ends.</summary>
    public static EmbeddedSilo Shared => s_shared.Value;

    /// <summary>Where the grains are reached.</summary>
    public IGrainFactory Grains { get; }

    /// <summary>Starts a silo of its own (tests and benchmarks; programs use <see cref="Shared"/>).</summary>
    public static EmbeddedSilo Start()
    {
        var builder = SiloSetup.QuietHost();

        // A free loopback port, so that several programs (and test processes) may run at once; no gateway: nothing
        // outside the process calls in.
        builder.UseOrleans(silo => silo.UseLocalhostClustering(siloPort: FreePort(), gatewayPort: 0).AddIomSimGrains());
        var host = builder.Build();
        host.StartAsync().GetAwaiter().GetResult();
        return new EmbeddedSilo(host);
    }

    /// <summary>Stops the silo.</summary>
    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync().ConfigureAwait(false);
        _host.Dispose();
    }

    /// <summary>Stops the silo.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
