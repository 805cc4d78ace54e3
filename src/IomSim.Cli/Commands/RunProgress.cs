using System.Globalization;

namespace IomSim.Cli.Commands;

/// <summary>
/// Progress of a long run on standard error: nothing for the first second; then, on a terminal, one line redrawn
/// as runs finish, elsewhere (a log, a test) a line every ten seconds. Standard output is never touched. With
/// <paramref name="timeLeft"/>, the line adds the rate so far and the time left at that rate.
/// </summary>
internal sealed class RunProgress(CliConsole console, long total, TimeProvider clock, bool timeLeft = false) : IProgress<int>
{
    private static readonly TimeSpan s_quiet = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan s_terminalStep = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan s_logStep = TimeSpan.FromSeconds(10);

    private readonly Lock _lock = new();
    private readonly long _started = clock.GetTimestamp();
    private TimeSpan? _lastShown;
    private long _done;
    private bool _drawn;

    /// <summary>Called by the engine from any thread with the number of runs finished.</summary>
    public void Report(int value) => Report((long)value);

    /// <summary>As <see cref="Report(int)"/>, for a sweep, whose runs may outnumber an <see cref="int"/> (with <c>--force</c>).</summary>
    public void Report(long value)
    {
        lock (_lock)
        {
            _done = Math.Max(_done, value);
            var elapsed = clock.GetElapsedTime(_started);
            var step = console.ErrorIsTerminal ? s_terminalStep : s_logStep;
            if (elapsed < s_quiet || (_lastShown is { } last && elapsed - last < step))
            {
                return;
            }

            _lastShown = elapsed;
            var line = $"running {_done}/{total} runs ({_done * 100 / total}%)";
            if (timeLeft && _done > 0)
            {
                var rate = _done / elapsed.TotalSeconds;
                line += $", {rate.ToString("0.0", CultureInfo.InvariantCulture)} runs/s, about {Duration((total - _done) / rate)} left";
            }

            if (console.ErrorIsTerminal)
            {
                console.Error.Write($"\r{line}");
                _drawn = true;
            }
            else
            {
                console.Error.WriteLine(line);
            }
        }
    }

    // Whole seconds below two minutes, whole minutes below two hours, else hours.
    private static string Duration(double seconds) =>
        seconds < 120 ? $"{Math.Ceiling(seconds).ToString(CultureInfo.InvariantCulture)} s"
        : seconds < 7200 ? $"{Math.Ceiling(seconds / 60).ToString(CultureInfo.InvariantCulture)} min"
        : $"{(seconds / 3600).ToString("0.0", CultureInfo.InvariantCulture)} h";

    /// <summary>Ends the progress line, if one was drawn.</summary>
    public void Finish()
    {
        lock (_lock)
        {
            if (_drawn)
            {
                console.Error.WriteLine($"\rran {_done}/{total} runs in {clock.GetElapsedTime(_started).TotalSeconds:0.0} s   ");
                _drawn = false;
            }
        }
    }
}
