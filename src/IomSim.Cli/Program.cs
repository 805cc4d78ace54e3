namespace IomSim.Cli;

/// <summary>The <c>iomsim</c> program: the console's writers handed to <see cref="CliApplication"/>; Ctrl+C cancels the run.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            // The first Ctrl+C asks the engine to stop starting runs; the program then ends with exit code 1.
            e.Cancel = true;
            cancellation.Cancel();
        };
        return CliApplication.Run(args, CliConsole.System(), cancellation.Token);
    }
}
