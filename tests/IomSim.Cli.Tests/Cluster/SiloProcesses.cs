using System.Net;
using System.Net.Sockets;
using IomSim.Tests.Redis;

namespace IomSim.Cli.Tests.Cluster;

/// <summary>
/// <c>iomsim silo</c> processes on loopback, clustered through the test Redis under a cluster name of their own; each
/// started and waited for until it says it joined. Disposing kills whatever is left.
/// </summary>
internal sealed class SiloProcesses : IDisposable
{
    // A silo joins in about 1.5 s on an idle machine and took up to a minute on the loaded 2-core build machine
    // (docs/cluster.md); past this a hang fails the test instead of holding up CI.
    private static readonly TimeSpan s_join = TimeSpan.FromMinutes(3);

    private readonly List<WatchedProcess> _silos = [];

    private SiloProcesses(string url) => Url = url;

    /// <summary>The cluster's <c>--cluster</c> URL.</summary>
    public string Url { get; }

    /// <summary>What each silo printed when it joined.</summary>
    public List<string> Joined { get; } = [];

    /// <summary>Starts <paramref name="count"/> silos of a fresh cluster and waits until each has joined.</summary>
    public static async Task<SiloProcesses> StartAsync(int count)
    {
        var silos = new SiloProcesses($"redis://{TestRedis.RequiredAddress}?cluster={TestRedis.Fresh("iomsim-test")}");
        try
        {
            foreach (var (port, gateway) in FreePorts(count))
            {
                silos._silos.Add(WatchedProcess.Start(["silo", "--cluster", silos.Url, "--port", port, "--gateway", gateway]));
            }

            foreach (var silo in silos._silos)
            {
                silos.Joined.Add(await silo.LineAsync("silo ", s_join));
            }
        }
        catch
        {
            silos.Dispose();
            throw;
        }

        return silos;
    }

    /// <summary>Kills silo <paramref name="index"/> at once (SIGKILL: no goodbye to the cluster).</summary>
    public void Kill(int index) => _silos[index].Kill();

    /// <summary>What the silos wrote to standard error, for a failing test's message.</summary>
    public string Errors => string.Join(" | ", _silos.Select(s => s.Error.Trim()));

    public void Dispose()
    {
        foreach (var silo in _silos)
        {
            silo.Dispose();
        }
    }

    // Two ports per silo, all distinct and free when chosen: each listener is held until all are chosen. They are
    // taken below Linux's ephemeral range (32768 and up), where the many outgoing connections of tests running beside
    // these never land, so no other socket takes one between the choice and the silo's start.
    private static List<(string Port, string Gateway)> FreePorts(int count)
    {
        var probes = new List<TcpListener>();
        try
        {
            while (probes.Count < 2 * count)
            {
                var probe = new TcpListener(IPAddress.Loopback, Random.Shared.Next(20_000, 32_000));
                try
                {
                    probe.Start();
                    probes.Add(probe);
                }
                catch (SocketException)
                {
                    // Taken: try another.
                }
            }

            var ports = probes.Select(p => ((IPEndPoint)p.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            return [.. Enumerable.Range(0, count).Select(i => (ports[2 * i], ports[(2 * i) + 1]))];
        }
        finally
        {
            probes.ForEach(p => p.Stop());
        }
    }
}
