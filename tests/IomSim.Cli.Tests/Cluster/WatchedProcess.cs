using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;

namespace IomSim.Cli.Tests.Cluster;

/// <summary>
/// An <c>iomsim</c> process whose standard output and error are read as they come, so that a silo that keeps running
/// never blocks on a full pipe and what it said is at hand when a test fails. It is killed when disposed, when its
/// patience runs out, or when the test host exits, so no silo outlives the test run.
/// </summary>
internal sealed class WatchedProcess : IDisposable
{
    private static readonly ConcurrentDictionary<WatchedProcess, byte> s_alive = new();

    private readonly Process _process;
    private readonly StringBuilder _out = new();
    private readonly StringBuilder _error = new();
    private readonly Task _reading;

    static WatchedProcess() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        foreach (var process in s_alive.Keys)
        {
            process.Dispose();
        }
    };

    private WatchedProcess(Process process)
    {
        _process = process;
        s_alive[this] = 0;
        _reading = Task.WhenAll(
            Task.Run(() => CopyAsync(process.StandardOutput, _out)),
            Task.Run(() => CopyAsync(process.StandardError, _error)));
    }

    /// <summary>What the process wrote to standard output so far.</summary>
    public string Out => Read(_out);

    /// <summary>What the process wrote to standard error so far.</summary>
    public string Error => Read(_error);

    /// <summary>Whether the process has ended.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>Starts <c>iomsim</c> with <paramref name="arguments"/>.</summary>
    public static WatchedProcess Start(IEnumerable<string> arguments) => new(IomsimProcess.Start(arguments));

    /// <summary>
    /// The first line of standard output that starts with <paramref name="prefix"/>, once it is written; fails when the
    /// process ends first or <paramref name="patience"/> runs out (the process is then killed).
    /// </summary>
    public async Task<string> LineAsync(string prefix, TimeSpan patience)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var line = Out.Split('\n').FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal));
            if (line is not null)
            {
                return line.TrimEnd('\r');
            }

            if (_process.HasExited)
            {
                await _reading.ConfigureAwait(false);
                if (Out.Split('\n').FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal)) is { } last)
                {
                    return last.TrimEnd('\r');
                }

                throw new InvalidOperationException($"iomsim ended (exit code {_process.ExitCode}) before writing '{prefix}...': {Out} {Error}");
            }

            if (deadline.Elapsed > patience)
            {
                Dispose();
                throw new TimeoutException($"iomsim did not write '{prefix}...' within {patience.TotalSeconds:0} s (killed): {Out} {Error}");
            }

            await Task.Delay(100).ConfigureAwait(false);
        }
    }

    /// <summary>Waits for the process to end and gives what it left; past <paramref name="patience"/> it is killed and the test fails.</summary>
    public async Task<Iomsim.Outcome> ExitAsync(TimeSpan patience)
    {
        using var timeout = new CancellationTokenSource(patience);
        try
        {
            await _process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Dispose();
            throw new TimeoutException($"iomsim did not end within {patience.TotalSeconds:0} s (killed); standard error: {Error}");
        }

        await _reading.ConfigureAwait(false);
        return new Iomsim.Outcome(_process.ExitCode, Out, Error);
    }

    /// <summary>Kills the process at once (SIGKILL: a silo says no goodbye to its cluster) and waits until it is gone.</summary>
    public void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already ended.
        }

        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (s_alive.TryRemove(this, out _))
        {
            Kill();
            _process.Dispose();
        }
    }

    private static async Task CopyAsync(StreamReader from, StringBuilder to)
    {
        var buffer = new char[4096];
        int read;
        while ((read = await from.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            lock (to)
            {
                to.Append(buffer, 0, read);
            }
        }
    }

    private static string Read(StringBuilder text)
    {
        lock (text)
        {
            return text.ToString();
        }
    }
}
