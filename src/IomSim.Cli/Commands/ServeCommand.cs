using System.CommandLine;
using System.Net;
using IomSim.Cli.Inputs;
using IomSim.Results.Postgres;
using IomSim.Web;

namespace IomSim.Cli.Commands;

/// <summary><c>iomsim serve</c>: the classroom dashboard (a page and a JSON API) on loopback until Ctrl+C.</summary>
internal static class ServeCommand
{
    /// <summary>The command, writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        var command = new Command(
            "serve",
            "Serve the classroom dashboard until Ctrl+C: choose a scenario, step through a session, change stances, inject "
            + "an objection or a donor's cut, run again and compare with the record and the previous run. Runs are stored "
            + "in the results file like those of 'run'.");
        var urls = new Option<string[]>("--urls")
        {
            Description = $"The addresses to listen on (default: {DashboardSettings.DefaultUrl}, this machine only). Another address makes the dashboard reachable from the network.",
            HelpName = "URL",
            AllowMultipleArgumentsPerToken = true,
            DefaultValueFactory = _ => [DashboardSettings.DefaultUrl],
        };
        var scenarios = new Option<DirectoryInfo?>("--scenarios")
        {
            Description = "The folder of scenario files offered (default: scenarios/ here, else the copy next to the program).",
            HelpName = "DIR",
        };
        var seeds = CommonOptions.Seeds();
        var store = CommonOptions.Store();
        var cluster = CommonOptions.Cluster("Join the cluster whose membership is kept in this Redis server as one of its silos "
            + "(ports 11111 and 30000): the classroom sessions are then kept in that Redis and survive a restart.");
        foreach (Option option in new Option[] { urls, scenarios, seeds, store, cluster })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parsed, cancellationToken) =>
        {
            var addresses = Addresses(parsed.GetValue(urls)!);
            var folder = parsed.GetValue(scenarios)?.ToString() ?? ScenarioFolder.Default;
            _ = ScenarioFolder.FilesIn(folder);
            var world = SeedsFolder.Load(parsed.GetValue(seeds));
            var settings = new DashboardSettings(
                [.. addresses.Select(a => a.OriginalString)],
                folder,
                ResultsStoreLocation.Resolve(parsed.GetValue(store), console.Environment(ResultsStoreLocation.EnvironmentVariable)))
            {
                Cluster = parsed.GetValue(cluster),
                InContainer = console.Environment("DOTNET_RUNNING_IN_CONTAINER") == "true",
            };
            await using var host = DashboardHost.Create(settings, world, console.Error);
            foreach (var problem in host.Problems)
            {
                console.Error.WriteLine($"left out: {problem}");
            }

            await host.StartAsync(cancellationToken);
            foreach (var address in host.Addresses)
            {
                console.Out.WriteLine($"dashboard: {address}/");
            }

            if (addresses.Any(a => !IsLoopback(a)))
            {
                console.Error.WriteLine("warning: the dashboard is reachable from the network (an address other than loopback); anyone who can reach it can run scenarios");
            }

            if (settings.ServesOrleansDashboard)
            {
                console.Out.WriteLine($"orleans: {host.Addresses[0]}{DashboardSettings.OrleansDashboardPath}/");
            }

            console.Error.WriteLine($"runs are stored in {settings.Store.Display}; press Ctrl+C to stop");
            console.Out.Flush();
            console.Error.Flush();
            // Ctrl+C cancels the token; a SIGTERM (docker stop) reaches the host's own lifetime, which stops the host.
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, host.Stopping);
            try
            {
                await Task.Delay(Timeout.Infinite, stop.Token);
            }
            catch (OperationCanceledException)
            {
                // Asked to stop: stop serving and end normally.
            }

            await host.StopAsync(CancellationToken.None);
            console.Error.WriteLine("stopped");
            return ExitCodes.Success;
        });
        return command;
    }

    // Absolute http URLs only: https would need a certificate, and anything else is not an address to listen on.
    private static Uri[] Addresses(string[] given)
    {
        var addresses = given.SelectMany(u => u.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();
        if (addresses.Length == 0)
        {
            throw new InvalidInputException($"--urls names no address (expected e.g. {DashboardSettings.DefaultUrl})");
        }

        return [.. addresses.Select(text => Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp && uri.AbsolutePath == "/"
            ? uri
            : throw new InvalidInputException($"--urls: '{text}' is not an address to listen on (expected http://HOST:PORT such as {DashboardSettings.DefaultUrl})"))];
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
}
