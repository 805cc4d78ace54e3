using System.CommandLine;
using System.Diagnostics;
using IomSim.Grains;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace IomSim.Cli.Commands;

/// <summary>
/// <c>iomsim silo --cluster URL</c>: one silo of a cluster whose membership Orleans keeps in Redis, hosting grains for
/// the clients (<c>run</c>, <c>sweep</c>, <c>calibrate</c> with <c>--cluster</c>) and the dashboards that join it,
/// until Ctrl+C (or SIGTERM) takes it out of the cluster.
/// </summary>
internal static class SiloCommand
{
    /// <summary>The command, writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        var command = new Command(
            "silo",
            "Run a silo that joins the cluster whose membership is kept in the Redis server --cluster names, until Ctrl+C. "
            + "Clients (run, sweep and calibrate with --cluster) then spread their runs over every silo of the cluster.");
        var cluster = CommonOptions.Cluster("The Redis server keeping the cluster's membership, e.g. redis://127.0.0.1:6379; silos and clients given the same URL form one cluster.");
        cluster.Required = true;
        var port = CommonOptions.Port("--port", ClusterSetup.SiloPort, "The port other silos reach this one on");
        var gateway = CommonOptions.Port("--gateway", ClusterSetup.GatewayPort, "The port clients reach this silo on");
        foreach (Option option in new Option[] { cluster, port, gateway })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parsed, cancellationToken) =>
        {
            var address = parsed.GetValue(cluster)!;
            var advertised = ClusterSetup.Advertised(address);
            var started = Stopwatch.StartNew();
            var builder = SiloSetup.QuietHost();
            builder.UseOrleans(silo => silo.JoinCluster(address, advertised, parsed.GetValue(port), parsed.GetValue(gateway)).AddIomSimGrains());
            using var host = builder.Build();
            try
            {
                await host.StartAsync(cancellationToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                throw new ClusterUnavailableException($"iomsim: silo: could not join the cluster at {address}: {error.Message}", error);
            }

            console.Out.WriteLine($"silo {advertised}:{parsed.GetValue(port)} (clients: {advertised}:{parsed.GetValue(gateway)}) joined cluster '{address.ClusterId}' at {address} in {started.Elapsed.TotalSeconds:0.0} s");
            console.Error.WriteLine("press Ctrl+C to leave the cluster");
            console.Out.Flush();
            console.Error.Flush();
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping);
            try
            {
                await Task.Delay(Timeout.Infinite, stop.Token);
            }
            catch (OperationCanceledException)
            {
                // Asked to stop: leave the cluster and end normally.
            }

            await host.StopAsync(CancellationToken.None);
            console.Error.WriteLine("left the cluster");
            return ExitCodes.Success;
        });
        return command;
    }
}
