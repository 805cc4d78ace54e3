using System.CommandLine;
using System.CommandLine.Invocation;
using IomSim.Cli.Commands;
using IomSim.Telemetry;

namespace IomSim.Cli;

/// <summary>
/// The command line: parses the arguments, runs the command, and turns every error into one line on standard error
/// and an exit code (0 done, 1 a failure while running, 2 invalid input). Tests call <see cref="Run"/> in process
/// with their own writers, exactly as <c>Main</c> does with the console's. Spans and metrics are exported while the
/// command runs when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, and spans printed with <c>--trace</c>. Control
/// characters in anything printed are escaped (<see cref="Output.TerminalText"/>).
/// </summary>
internal static class CliApplication
{
    /// <summary>Runs the program with <paramref name="args"/>, writing to <paramref name="console"/>; returns the exit code.</summary>
    public static int Run(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken = default)
    {
        // Everything printed, results and errors alike, has its control characters escaped (issue 20: a title holding
        // ESC must not drive the terminal); standard error keeps carriage returns for the progress line.
        console = console with
        {
            Out = Output.TerminalWriter.Of(console.Out, keepCarriageReturn: false),
            Error = Output.TerminalWriter.Of(console.Error, keepCarriageReturn: true),
        };
        var (root, verbose, trace) = Commands(console);
        var parsed = root.Parse(args);
        if (parsed.Action is ParseErrorAction)
        {
            // The parser's own typo correction names the nearest command or option, on the line of the word it corrects.
            var suggestions = Typos.Suggest(parsed);
            foreach (var error in parsed.Errors)
            {
                var line = OneLine(error.Message);
                var word = suggestions.Keys.FirstOrDefault(w => line.Contains($"'{w}'", StringComparison.Ordinal));
                console.Error.WriteLine(word is null ? $"iomsim: {line}" : $"iomsim: {line.TrimEnd('.')}{Typos.Ending(suggestions[word])}");
            }

            console.Error.WriteLine("iomsim: see 'iomsim --help' or 'iomsim COMMAND --help'");
            return ExitCodes.InvalidInput;
        }

        try
        {
            // Disposed before the error report or the return, so whatever is buffered is exported first.
            using var telemetry = TelemetryExport.Start(Telemetry(console, parsed.GetValue(trace)));
            var configuration = new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,

                // Ctrl+C is the caller's (Program.Main's) to handle, through cancellationToken.
                ProcessTerminationTimeout = null,
            };
            return parsed.InvokeAsync(configuration, cancellationToken).GetAwaiter().GetResult();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return ErrorReport.Write(exception, console.Error, parsed.GetValue(verbose));
        }
        finally
        {
            console.Out.Flush();
            console.Error.Flush();
        }
    }

    /// <summary>How <see cref="Run"/> reads <paramref name="args"/>, without running anything: for tests that check the documented command lines.</summary>
    public static ParseResult Parse(IReadOnlyList<string> args, CliConsole console) => Commands(console).Root.Parse(args);

    // Every command, and the options that apply to all of them.
    private static (RootCommand Root, Option<bool> Verbose, Option<bool> Trace) Commands(CliConsole console)
    {
var verbose = new Option<bool>("--verbose")
        {
            Description = "On an unexpected error, print its details (stack trace) too.",
            Recursive = true,
        };
        var root = new RootCommand(
            "iomsim: simulate the IOM Council (and the UN General Assembly) from scenario files; replay documented "
            + "events and compare them with the record.");
        var trace = new Option<bool>("--trace")
        {
            Description = "Print every span to standard error as it ends, one line each (trace, span and parent ids, "
                + "name, milliseconds, tags): each Council session is a trace, each grain call a span in it.",
            Recursive = true,
        };
        root.Options.Add(verbose);
        root.Options.Add(trace);
        root.Subcommands.Add(RunCommand.Create(console));
        root.Subcommands.Add(CompareCommand.Create(console));
        root.Subcommands.Add(ReportCommand.Create(console));
        root.Subcommands.Add(SweepCommand.Create(console));
        root.Subcommands.Add(ValidateCommand.Create(console));
        root.Subcommands.Add(ListCommand.Create(console));
        root.Subcommands.Add(MembersCommand.Create(console));
        root.Subcommands.Add(CalibrateCommand.Create(console));
        root.Subcommands.Add(ServeCommand.Create(console));
        root.Subcommands.Add(BacktestCommand.Create(console));
        root.Subcommands.Add(SiloCommand.Create(console));
        root.Subcommands.Add(Runs.RunsCommand.Create(console));
        return (root, verbose, trace);
    }

    // OTLP as the standard variables say (read through the console, so tests pass their own); --trace to standard error.
    private static TelemetryOptions Telemetry(CliConsole console, bool trace)
    {
        try
        {
            return TelemetryOptions.FromEnvironment(console.Environment) with { SpanWriter = trace ? console.Error : null };
        }
        catch (ArgumentException error)
        {
            throw new InvalidInputException($"iomsim: {error.Message}", error);
        }
    }

    private static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
