using System.Diagnostics;

namespace IomSim.Cli.Tests;

/// <summary>
/// A sweep killed with SIGKILL at some point, then resumed, gives exactly the summary of a sweep never interrupted:
/// the program runs as a separate process, the test watches the results file and kills it once some runs are stored.
/// </summary>
public sealed class SweepResumeTests : IDisposable
{
    // Enough runs that the sweep is still going when the kill arrives: the watcher polls every few milliseconds, and
    // on two cores a sweep of this scenario stores a few thousand runs a second.
    private const int Runs = 1_000;
    private const int Settings = 3;

    // Where to kill: after this many runs are stored (fixed, so a failure can be replayed).
    private static readonly int[] s_killPoints = [5, 131];

    private readonly ResultsFolder _folder = new();

    [Fact]
    public async Task A_sweep_killed_and_resumed_gives_the_same_results_as_one_never_interrupted()
    {
        var whole = Both("whole.db", resume: false);

        foreach (var killAt in s_killPoints)
        {
            var store = _folder.Combine($"killed-{killAt}.db");
            var stored = await RunAndKillAsync(store, killAt);
            Assert.InRange(stored, killAt, (Runs * Settings) - 1);

            var resumed = Both(store, resume: true);

            Assert.Equal(whole.Json, resumed.Json);
            Assert.Equal(whole.Csv, resumed.Csv);
            Assert.Equal(Runs * Settings, StoredRunCount.In(store));
        }
    }

    public void Dispose() => _folder.Dispose();

    private static string[] Arguments(string store) =>
        ["sweep", Iomsim.Scenario("russia-2020.yaml"), "--runs", $"{Runs}", "--seed", "3", "--vary", "parameters.noise=1..2:3", "--store", store, "--parallel", "2"];

    private (string Json, string Csv) Both(string store, bool resume)
    {
        var path = Path.IsPathRooted(store) ? store : _folder.Combine(store);
        var json = Iomsim.Run([.. Arguments(path), "--format", "json", .. resume ? ["--resume"] : Array.Empty<string>()]);
        var csv = Iomsim.Run([.. Arguments(path), "--format", "csv", "--resume"]);
        Assert.Equal(0, json.ExitCode);
        Assert.Equal(0, csv.ExitCode);
        return (json.Out, csv.Out);
    }

    // Starts the program, waits until at least killAt runs are stored, kills it; returns how many runs it left.
    private static async Task<int> RunAndKillAsync(string store, int killAt)
    {
        using var sweep = Start(Arguments(store));
        try
        {
            var deadline = Stopwatch.StartNew();
            while (!sweep.HasExited && StoredRunCount.In(store) < killAt)
            {
                Assert.True(deadline.Elapsed < TimeSpan.FromMinutes(2), "the sweep stored too few runs in two minutes");
                await Task.Delay(5);
            }

            if (sweep.HasExited)
            {
                Assert.Fail($"the sweep ended before {killAt} runs were stored: {await sweep.StandardError.ReadToEndAsync()}");
            }
        }
        finally
        {
            if (!sweep.HasExited)
            {
                sweep.Kill(entireProcessTree: true);
            }

            await sweep.WaitForExitAsync();
        }

        return StoredRunCount.In(store);
    }

    private static Process Start(string[] arguments) => IomsimProcess.Start(arguments);
}
