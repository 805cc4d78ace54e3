using IomSim.Testing;

namespace IomSim.Cli.Tests;

/// <summary>Runs the <c>iomsim</c> program in process, through the entry point <c>Main</c> uses, with captured output.</summary>
internal static class Iomsim
{
    /// <summary>Runs with <paramref name="args"/>, with no environment variables.</summary>
    public static Outcome Run(params string[] args) => Run(CancellationToken.None, args);

    /// <summary>Runs with <paramref name="args"/>; <paramref name="cancellationToken"/> plays Ctrl+C.</summary>
    public static Outcome Run(CancellationToken cancellationToken, params string[] args) => Start(new Dictionary<string, string>(), args, cancellationToken);

    /// <summary>
    /// Runs with <paramref name="args"/>, the program seeing <paramref name="environment"/> as its only environment
    /// variables: the process's (a developer's IOMSIM_STORE or OTEL_*) never reach a test, nor one test's another's.
    /// </summary>
    public static Outcome Run(IReadOnlyDictionary<string, string> environment, params string[] args) => Start(environment, args, CancellationToken.None);

    private static Outcome Start(IReadOnlyDictionary<string, string> environment, string[] args, CancellationToken cancellationToken)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = new CliConsole(output, error, ErrorIsTerminal: false) { Environment = name => environment.GetValueOrDefault(name) };
        var code = CliApplication.Run(args, console, cancellationToken);
        return new Outcome(code, output.ToString(), error.ToString());
    }

    /// <summary>A shipped scenario file, by name.</summary>
    public static string Scenario(string name) => RepositoryRoot.Combine("scenarios", name);

    /// <summary>Every shipped scenario file.</summary>
    public static IEnumerable<string> ShippedScenarios() =>
        Directory.EnumerateFiles(RepositoryRoot.Combine("scenarios"), "*.yaml").Order(StringComparer.Ordinal);

    /// <summary>The repository's seeds folder.</summary>
    public static string Seeds => RepositoryRoot.Combine("seeds");

    /// <summary>What a run of the program left behind.</summary>
    internal sealed record Outcome(int ExitCode, string Out, string Error)
    {
        /// <summary>The non-empty lines of standard error.</summary>
        public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
