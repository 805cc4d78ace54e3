using IomSim.Cli.Commands;
using IomSim.Testing;

namespace IomSim.Cli.Tests;

/// <summary>Progress goes to standard error, only once a run has lasted a second.</summary>
public sealed class RunProgressTests
{
    [Fact]
    public void Nothing_is_shown_for_a_short_run()
    {
        var (console, output, error) = Console(terminal: true);
        var clock = new ManualTimeProvider();
        var progress = new RunProgress(console, 10, clock);

        progress.Report(5);
        clock.Advance(TimeSpan.FromMilliseconds(500));
        progress.Report(10);
        progress.Finish();

        Assert.Equal(string.Empty, error.ToString());
        Assert.Equal(string.Empty, output.ToString());
    }

    [Fact]
    public void On_a_terminal_one_line_is_redrawn_and_ended()
    {
        var (console, output, error) = Console(terminal: true);
        var clock = new ManualTimeProvider();
        var progress = new RunProgress(console, 200, clock);

        clock.Advance(TimeSpan.FromSeconds(2));
        progress.Report(50);
        progress.Report(40);
        clock.Advance(TimeSpan.FromSeconds(1));
        progress.Report(120);
        progress.Finish();

        Assert.Equal("\rrunning 50/200 runs (25%)\rrunning 120/200 runs (60%)\rran 120/200 runs in 3.0 s   \n", error.ToString());
        Assert.Equal(string.Empty, output.ToString());
    }

    [Fact]
    public void Elsewhere_a_line_every_ten_seconds()
    {
        var (console, _, error) = Console(terminal: false);
        var clock = new ManualTimeProvider();
        var progress = new RunProgress(console, 1000, clock);

        clock.Advance(TimeSpan.FromSeconds(2));
        progress.Report(100);
        clock.Advance(TimeSpan.FromSeconds(5));
        progress.Report(300);
        clock.Advance(TimeSpan.FromSeconds(6));
        progress.Report(700);
        progress.Finish();

        Assert.Equal("running 100/1000 runs (10%)\nrunning 700/1000 runs (70%)\n", error.ToString());
    }

    private static (CliConsole Console, StringWriter Out, StringWriter Error) Console(bool terminal)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        return (new CliConsole(output, error, terminal), output, error);
    }
}
