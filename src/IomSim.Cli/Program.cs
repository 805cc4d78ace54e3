using System.Runtime.InteropServices;

namespace IomSim.Cli;

/// <summary>The <c>iomsim</c> program: the console's writers handed to <see cref="CliApplication"/>; Ctrl+C (or SIGTERM) cancels the command.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        var signals = 0;
        void Stop(PosixSignalContext context)
        {
            // The first Ctrl+C or SIGTERM asks the command to stop in whatever phase it is: the runs already played are
            // stored, and the program ends with exit code 1. A second one ends it at once, as the signal would.
            context.Cancel = true;
            if (Interlocked.Increment(ref signals) == 1)
            {
                cancellation.Cancel();
                return;
            }

            // The embedded silo's host cancels the signal's own action, so the second one ends the program itself; runs
            // still queued for the store are lost, as in any kill, and --resume plays them.
            Console.Error.WriteLine("iomsim: stopped at once (a second signal)");
            Environment.FailFast(null);
        }

        // SIGTERM too: the embedded silo's host would otherwise take it and leave the command running (docker stop, kill).
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        return CliApplication.Run(args, CliConsole.System(), cancellation.Token);
    }
}
