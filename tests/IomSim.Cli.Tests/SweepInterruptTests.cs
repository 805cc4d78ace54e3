using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace IomSim.Cli.Tests;

/// <summary>
/// Ctrl+C honoured in every phase of a sweep (issue 20, item 6): the program runs as a process of its own and gets
/// SIGINT; it must end within a bounded wait, keep every run it played, and a later <c>--resume</c> must give exactly
/// the output of a sweep never interrupted. Ctrl+C in the summary is played in process, cancelled once the runs are stored.
/// </summary>
public sealed partial class SweepInterruptTests : IDisposable
{
    // Time to end after the signal: storing what was played and stopping the silo take a second or two.
    private static readonly TimeSpan s_stopWithin = TimeSpan.FromSeconds(30);

    private readonly ResultsFolder _folder = new();

    [Fact]
    public async Task A_forced_sweep_of_ten_billion_runs_starts_playing_and_stops_at_ctrl_c_keeping_its_runs()
    {
        // Before runs were planned lazily this sweep built 10^10 (setting, run) pairs first: it never reached its first
        // run, and ignored Ctrl+C until the kernel killed it.
        var (code, error) = await InterruptAsync(
            ["sweep", Iomsim.Scenario("russia-2020.yaml"), "--runs", "1000000", "--vary", "parameters.noise=0..1:100",
             "--vary", "parameters.relation_weight=0..1:100", "--store", _folder.Store, "--force", "--parallel", "2"], _folder.Store);

        Assert.Equal(1, code);
        Assert.Equal("iomsim: cancelled", error[^1]);
        var stopped = StoppedLine().Match(string.Join('\n', error));
        Assert.True(stopped.Success, string.Join('\n', error));
        Assert.Equal(10_000_000_000L, long.Parse(stopped.Groups["total"].Value, CultureInfo.InvariantCulture));
        Assert.Equal(int.Parse(stopped.Groups["stored"].Value, CultureInfo.InvariantCulture), StoredRunCount.In(_folder.Store));
    }

    [Fact]
    public async Task A_sweep_stopped_with_ctrl_c_while_playing_and_resumed_gives_the_output_of_one_never_interrupted()
    {
        string[] sweep = ["sweep", Iomsim.Scenario("russia-2020.yaml"), "--runs", "1500", "--seed", "5", "--vary", "parameters.noise=1..2:3", "--format", "json", "--parallel", "2"];
        var whole = Iomsim.Run([.. sweep, "--store", _folder.Combine("whole.db")]);
        Assert.Equal(0, whole.ExitCode);

        var (code, error) = await InterruptAsync([.. sweep, "--store", _folder.Store], _folder.Store);
        var stored = StoredRunCount.In(_folder.Store);
        var resumed = Iomsim.Run([.. sweep, "--store", _folder.Store, "--resume"]);

        Assert.Equal(1, code);
        Assert.Contains(error, line => line.EndsWith("the same command with --resume plays the rest", StringComparison.Ordinal));
        Assert.InRange(stored, 1, (3 * 1500) - 1);
        Assert.Equal(0, resumed.ExitCode);
        Assert.Contains($"{stored} were stored before and kept", resumed.Error, StringComparison.Ordinal);
        Assert.Equal(whole.Out, resumed.Out);
    }

    [Fact]
    public void Ctrl_c_while_the_sweep_summarises_stops_it_with_every_run_stored_and_resume_completes_it()
    {
        string[] sweep = ["sweep", Iomsim.Scenario("russia-2020.yaml"), "--runs", "200", "--seed", "5", "--vary", "parameters.noise=1..2:3", "--format", "json", "--store", _folder.Store];
        using var cancellation = new CancellationTokenSource();
        using var output = new StringWriter();
        using var error = new CancellingWriter("stored 600 of 600 runs", cancellation);
        var console = new CliConsole(output, error, ErrorIsTerminal: false) { Environment = _ => null };

        var code = CliApplication.Run(sweep, console, cancellation.Token);
        var resumed = Iomsim.Run([.. sweep, "--resume"]);
        var whole = Iomsim.Run([.. sweep[..^1], _folder.Combine("whole.db")]);

        Assert.Equal(1, code);
        Assert.EndsWith("iomsim: cancelled", error.ToString().TrimEnd(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, output.ToString());
        Assert.Equal(600, StoredRunCount.In(_folder.Store));
        Assert.Equal(0, resumed.ExitCode);
        Assert.Equal(whole.Out, resumed.Out);
    }

    public void Dispose() => _folder.Dispose();

    [GeneratedRegex(@"stopped after storing (?<stored>\d+) of (?<total>\d+) runs")]
    private static partial Regex StoppedLine();

    // Starts iomsim, waits until it reports playing or has stored a run (whichever comes first: a fast machine may
    // store runs before the first progress line), sends SIGINT (SIGTERM where this process was started with SIGINT
    // ignored, which its child would inherit), and waits a bounded time for it to end; returns its code and error lines.
    private static async Task<(int Code, string[] Error)> InterruptAsync(string[] arguments, string store)
    {
        using var process = IomsimProcess.Start(arguments);
        var lines = new List<string>();
        var playing = new TaskCompletionSource();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (lines)
            {
                lines.Add(e.Data);
            }

            if (e.Data.StartsWith("running ", StringComparison.Ordinal))
            {
                playing.TrySetResult();
            }
        };
        process.BeginErrorReadLine();
        _ = process.StandardOutput.ReadToEndAsync();
        try
        {
            var waiting = Stopwatch.StartNew();
            while (!playing.Task.IsCompleted && StoredRunCount.In(store) == 0)
            {
                Assert.False(process.HasExited, $"the sweep ended before it was interrupted: {string.Join('\n', lines)}");
                Assert.True(waiting.Elapsed < TimeSpan.FromMinutes(2), $"the sweep played no run in two minutes: {string.Join('\n', lines)}");
                await Task.Delay(5);
            }

            Signal(process.Id, SigintIgnored() ? "TERM" : "INT");
            var clock = Stopwatch.StartNew();
            using var bounded = new CancellationTokenSource(s_stopWithin);
            await process.WaitForExitAsync(bounded.Token);
            Assert.InRange(clock.Elapsed, TimeSpan.Zero, s_stopWithin);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        await process.WaitForExitAsync();
        lock (lines)
        {
            return (process.ExitCode, [.. lines]);
        }
    }

    private static void Signal(int pid, string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, pid.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }

    // Bit 2 (SIGINT) of SigIgn in /proc/self/status: a process started in the background by a shell without job control.
    private static bool SigintIgnored() =>
        File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal)) is { } line
        && (ulong.Parse(line["SigIgn:".Length..].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture) & 2UL) != 0;

    // Standard error that cancels the command once a line starting with the given text is written: Ctrl+C at that moment.
    private sealed class CancellingWriter(string trigger, CancellationTokenSource cancellation) : StringWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void WriteLine(string? value)
        {
            base.WriteLine(value);
            if (value is not null && value.StartsWith(trigger, StringComparison.Ordinal))
            {
                cancellation.Cancel();
            }
        }
    }
}
