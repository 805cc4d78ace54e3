namespace IomSim.Cli;

/// <summary>Where a command writes: results to <see cref="Out"/>, errors and progress to <see cref="Error"/>.</summary>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="ErrorIsTerminal">True when standard error is a terminal: progress then redraws one line.</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool ErrorIsTerminal)
{
    /// <summary>The process's console.</summary>
    public static CliConsole System() => new(Console.Out, Console.Error, !Console.IsErrorRedirected);
}
