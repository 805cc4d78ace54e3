using IomSim.Domain.World;
using System.Net;
using System.Net.Sockets;
using IomSim.Grains;
using IomSim.Web.Api;
using IomSim.Web.Http;
using IomSim.Web.Sessions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Dashboard;

namespace IomSim.Web;

/// <summary>
/// The dashboard's web host: Kestrel on the given addresses, the page and the JSON API, and an Orleans silo in the same
/// host holding the classroom sessions, with Orleans' own dashboard under <see cref="DashboardSettings.OrleansDashboardPath"/>.
/// Every error a client can cause is a problem response (RFC 7807) naming the field; anything else is a 500 that says
/// nothing of the internals.
/// </summary>
public sealed class DashboardHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly RunService _runs;

    private DashboardHost(WebApplication app, RunService runs, IReadOnlyList<string> problems)
    {
        _app = app;
        _runs = runs;
        Problems = problems;
    }

    /// <summary>The scenario files left out because they do not read, one line each.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>Cancelled when the host stops of its own accord (SIGTERM, SIGINT caught by the host's lifetime).</summary>
    public CancellationToken Stopping => _app.Lifetime.ApplicationStopping;

    /// <summary>The addresses the server listens on, once started (with the port chosen when 0 was asked for).</summary>
    public IReadOnlyList<string> Addresses =>
        [.. _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? []];

    /// <summary>Builds the host for <paramref name="settings"/>, serving scenarios run in <paramref name="world"/>.</summary>
    /// <exception cref="IomSim.Results.ResultsStoreException">The results file exists and is not a results database.</exception>
    public static DashboardHost Create(DashboardSettings settings, World world, TextWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(world);
        var archive = new RunArchive(settings.Store);
        archive.Check();
        var catalog = new ScenarioCatalog(world, settings.ScenariosFolder);

        // Production always: the developer exception page would show stack traces to the browser.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Production,
            ApplicationName = typeof(DashboardHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls([.. settings.Urls]);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = ApiLimits.MaxBodyBytes;
            RequestSizeLimits.RaiseKestrelCeilings(kestrel.Limits);
        });
        builder.Logging.ClearProviders();
        if (log is not null)
        {
            builder.Logging.AddProvider(new WriterLoggerProvider(log));
        }

        builder.UseOrleans(silo =>
        {
            silo.AddIomSimGrains();
            if (settings.Cluster is { } cluster)
            {
                // A silo of the cluster (default ports, as 'iomsim silo'): the sessions in its Redis.
                silo.JoinCluster(cluster, ClusterSetup.Advertised(cluster), ClusterSetup.SiloPort, ClusterSetup.GatewayPort);
            }
            else
            {
                // One silo of its own on loopback; no gateway: nothing outside the process calls in.
                silo.UseLocalhostClustering(siloPort: FreePort(), gatewayPort: 0);
                silo.AddMemoryGrainStorage(ClassroomSessionGrain.StorageName);
                silo.AddDashboard();
            }
        });
        builder.Services.AddProblemDetails();
        var queue = new RunQueue(settings.RunQueue);
        builder.Services.AddRateLimiter(queue.Configure);
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, ApiJson.Default));
        var app = builder.Build();
        var grains = app.Services.GetRequiredService<IGrainFactory>();
        var runs = new RunService(catalog, archive, grains);
        var sessions = new SessionService(grains, catalog);
        SecurityHeaders.Use(app);
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = error => error is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        HostCheck.Use(app, ServedHosts.For(settings.Urls));
        RequestSizeLimits.Use(app);
        app.UseRateLimiter();
        queue.Use(app);
        StaticAssets.Map(app);
        ApiEndpoints.Map(app, catalog, runs, sessions);
        if (settings.ServesOrleansDashboard)
        {
            app.MapOrleansDashboard(DashboardSettings.OrleansDashboardPath);
        }

        return new DashboardHost(app, runs, catalog.Problems);
    }

    /// <summary>Starts listening.</summary>
    /// <exception cref="IOException">An address is in use or cannot be bound.</exception>
    public Task StartAsync(CancellationToken cancellationToken = default) => _app.StartAsync(cancellationToken);

    /// <summary>Stops listening, letting requests under way finish for a few seconds.</summary>
    public Task StopAsync(CancellationToken cancellationToken = default) => _app.StopAsync(cancellationToken);

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>Stops and releases the host.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync().ConfigureAwait(false);
        _runs.Dispose();
    }
}
