using System.Diagnostics;
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
    // A silo starts in about 1.5 s on an idle machine; a loaded CI machine needs far longer.
    private static readonly TimeSpan s_join = TimeSpan.FromMinutes(4);

    private readonly List<Process> _silos = [];

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
            for (var i = 0; i < count; i++)
            {
                var process = IomsimProcess.Start(["silo", "--cluster", silos.Url, "--port", FreePort(), "--gateway", FreePort()]);
                silos._silos.Add(process);
            }

            foreach (var process in silos._silos)
            {
                using var timeout = new CancellationTokenSource(s_join);
                var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
                Assert.True(line?.StartsWith("silo ", StringComparison.Ordinal) == true, $"a silo did not join: {line} {await process.StandardError.ReadToEndAsync()}");
                silos.Joined.Add(line!);
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
    public void Kill(int index)
    {
        _silos[index].Kill();
        _silos[index].WaitForExit();
    }

    public void Dispose()
    {
        foreach (var silo in _silos)
        {
            if (!silo.HasExited)
            {
                silo.Kill();
                silo.WaitForExit();
            }

            silo.Dispose();
        }
    }

    private static string FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
