namespace IomSim.Cli;

/// <summary>Where a command writes: results to <see cref="Out"/>, errors and progress to <see cref="Error"/>.</summary>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="ErrorIsTerminal">True when standard error is a terminal: progress then redraws one line.</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool ErrorIsTerminal)
{
    /// <summary>
    /// Reads an environment variable (<c>IOMSIM_STORE</c>, <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>, ...): the process's by
    /// default; tests give their own, so that what one test sets never reaches another running beside it.
    /// </summary>
    public Func<string, string?> Environment { get; init; } = global::System.Environment.GetEnvironmentVariable;

    /// <summary>The process's console.</summary>
    public static CliConsole System() => new(Console.Out, Console.Error, !Console.IsErrorRedirected);
}
