using IomSim.Testing;

namespace IomSim.Cli.Tests.Teaching;

/// <summary>docs/teaching.md as a test reads it: the <c>iomsim</c> command lines of its <c>sh</c> blocks, in order.</summary>
internal static class TeachingGuide
{
    private const string Program = "iomsim ";

    /// <summary>Every command line in the guide, without the program's name, in the order they appear.</summary>
    public static IReadOnlyList<string> Commands()
    {
        var commands = new List<string>();
        var inShell = false;
        foreach (var line in File.ReadLines(RepositoryRoot.Combine("docs", "teaching.md")))
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inShell = !inShell && line.Trim() == "```sh";
                continue;
            }

            if (inShell && line.Trim().Length > 0)
            {
                // A shell block holds nothing but iomsim commands, so none is skipped by accident.
                commands.Add(line.StartsWith(Program, StringComparison.Ordinal)
                    ? line[Program.Length..].Trim()
                    : throw new InvalidOperationException($"docs/teaching.md: '{line}' in a sh block is not an iomsim command"));
            }
        }

        return commands;
    }

    /// <summary>A command line's words (the guide uses no quoting).</summary>
    public static string[] Words(string command) => command.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
