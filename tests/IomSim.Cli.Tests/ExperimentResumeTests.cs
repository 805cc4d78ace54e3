using System.Diagnostics;
using IomSim.Testing;

namespace IomSim.Cli.Tests;

/// <summary>
/// The Russia 2020 sensitivity study killed with SIGKILL partway, then resumed, gives exactly the output of a run never
/// interrupted: its Latin-hypercube settings come again from the seed, so the resumed sweep finds its runs under the
/// same keys (the pattern of <see cref="SweepResumeTests"/>).
/// </summary>
public sealed class ExperimentResumeTests : IDisposable
{
    // 40 settings × 25 runs: still going when the kill arrives (a few thousand runs a second on two cores).
    private const int Runs = 25;
    private const int KillAt = 40;

    private readonly ResultsFolder _folder = new();

    [Fact]
    public async Task The_sensitivity_study_killed_and_resumed_gives_the_same_bytes_as_one_never_interrupted()
    {
        var whole = Both(_folder.Combine("whole.db"), resume: false);
        var store = _folder.Combine("killed.db");

        var stored = await RunAndKillAsync(store);
        Assert.InRange(stored, KillAt, (40 * Runs) - 1);
        var resumed = Both(store, resume: true);

        Assert.Equal(whole.Json, resumed.Json);
        Assert.Equal(whole.Csv, resumed.Csv);
        Assert.Contains($"stored {(40 * Runs) - stored} of {40 * Runs} runs (40 settings × {Runs})", resumed.Error, StringComparison.Ordinal);
        Assert.Contains($"; {stored} were stored before and kept", resumed.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private static string[] Arguments(string store) =>
        ["sweep", RepositoryRoot.Combine("experiments", "russia-2020-sensitivity.yaml"), "--runs", $"{Runs}", "--store", store, "--parallel", "2"];

    private static (string Json, string Csv, string Error) Both(string store, bool resume)
    {
        var json = Iomsim.Run([.. Arguments(store), "--format", "json", .. resume ? ["--resume"] : Array.Empty<string>()]);
        var csv = Iomsim.Run([.. Arguments(store), "--format", "csv", "--resume"]);
        Assert.Equal(0, json.ExitCode);
        Assert.Equal(0, csv.ExitCode);
        return (json.Out, csv.Out, json.Error);
    }

    // Starts the program, waits until at least KillAt runs are stored, kills it; returns how many runs it left.
    private static async Task<int> RunAndKillAsync(string store)
    {
        using var sweep = IomsimProcess.Start(Arguments(store));
        try
        {
            var deadline = Stopwatch.StartNew();
            while (!sweep.HasExited && StoredRunCount.In(store) < KillAt)
            {
                Assert.True(deadline.Elapsed < TimeSpan.FromMinutes(2), "the sweep stored too few runs in two minutes");
                await Task.Delay(5);
            }

            if (sweep.HasExited)
            {
                Assert.Fail($"the sweep ended before {KillAt} runs were stored: {await sweep.StandardError.ReadToEndAsync()}");
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
}
