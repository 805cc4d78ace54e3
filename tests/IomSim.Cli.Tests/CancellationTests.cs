namespace IomSim.Cli.Tests;

/// <summary>Ctrl+C stops a run: exit code 1, one line, nothing half-written.</summary>
public sealed class CancellationTests : IDisposable
{
    private readonly ResultsFolder _folder = new();

    [Fact]
    public void A_cancelled_run_exits_1_with_one_line_and_writes_nothing()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var output = _folder.Combine("out");

        var outcome = Iomsim.Run(cancellation.Token, "run", Iomsim.Scenario("russia-2020.yaml"), "--runs", "50", "--format", "json", "--out", output, "--store", _folder.Store);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(["iomsim: cancelled"], outcome.ErrorLines);
        Assert.False(Directory.Exists(output));
        Assert.False(File.Exists(_folder.Store));
    }

    public void Dispose() => _folder.Dispose();
}
