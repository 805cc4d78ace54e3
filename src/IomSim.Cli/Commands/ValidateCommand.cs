using System.CommandLine;
using IomSim.Cli.Inputs;

namespace IomSim.Cli.Commands;

/// <summary><c>iomsim validate &lt;scenario&gt;</c>: reads a scenario against the seeds and says whether it is valid.</summary>
internal static class ValidateCommand
{
    /// <summary>The command, writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        var command = new Command("validate", "Check a scenario file against the format and the seed data: 'valid: N sessions, M items', or the first error as file:line:column (exit 2).");
        var scenario = CommonOptions.Scenario();
        var seeds = CommonOptions.Seeds();
        command.Arguments.Add(scenario);
        command.Options.Add(seeds);
        command.SetAction(parsed =>
        {
            var world = SeedsFolder.Load(parsed.GetValue(seeds));
            var path = parsed.GetValue(scenario)!;
            var read = ScenarioFile.Read(path, world);
            ScenarioRunner.CheckAgainstSeeds(path, read, world);
            var items = read.Timeline.Sum(s => s.Items.Length);
            console.Out.WriteLine($"valid: {Count(read.Timeline.Length, "session")}, {Count(items, "item")}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
