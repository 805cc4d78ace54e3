using IomSim.Cli.Commands;
using IomSim.Testing;

namespace IomSim.Cli.Tests;

/// <summary>A sweep's progress line adds the rate so far and the time left at that rate (on a manual clock).</summary>
public sealed class RunProgressTimeLeftTests
{
    [Fact]
    public void The_line_adds_the_rate_and_the_time_left()
    {
        var error = new StringWriter { NewLine = "\n" };
        var clock = new ManualTimeProvider();
        var progress = new RunProgress(new CliConsole(TextWriter.Null, error, ErrorIsTerminal: false), 1000, clock, timeLeft: true);

        clock.Advance(TimeSpan.FromSeconds(2));
        progress.Report(100);
        clock.Advance(TimeSpan.FromSeconds(18));
        progress.Report(150);
        progress.Finish();

        // 100 runs in 2 s: 50 runs/s, 900 left, 18 s. Then 150 in 20 s: 7.5 runs/s, 850 left, 113.3 s, 114 s.
        Assert.Equal(
            "running 100/1000 runs (10%), 50.0 runs/s, about 18 s left\nrunning 150/1000 runs (15%), 7.5 runs/s, about 114 s left\n",
            error.ToString());
    }
}
