using System.CommandLine;
using IomSim.Cli.Inputs;
using IomSim.Cli.Output;
using IomSim.Scenarios;

namespace IomSim.Cli.Commands;

/// <summary><c>iomsim list</c>: the scenarios in a folder, one line each: id, body, title.</summary>
internal static class ListCommand
{
    /// <summary>The command, writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        var command = new Command("list", "List the scenarios in a folder, one line each: id, body, title, file.");
        var directory = new Option<DirectoryInfo?>("--dir")
        {
            Description = "The folder of scenario files (default: scenarios/ here, else the copy next to the program).",
            HelpName = "DIR",
        };
        var seeds = CommonOptions.Seeds();
        command.Options.Add(directory);
        command.Options.Add(seeds);
        command.SetAction(parsed =>
        {
            var folder = parsed.GetValue(directory)?.ToString() ?? ScenarioFolder.Default;
            var files = ScenarioFolder.FilesIn(folder);
            var world = SeedsFolder.Load(parsed.GetValue(seeds));
            var table = new TextTable("id", "body", "file", "title");
            var failed = 0;
            foreach (var file in files)
            {
                try
                {
                    var scenario = ScenarioReader.Read(file, world);
                    table.Add(scenario.Id, ScenarioFormat.BodyName(scenario.Body), Path.GetFileName(file), scenario.Title);
                }
                catch (ScenarioException e)
                {
                    console.Error.WriteLine(e.Message);
                    failed++;
                }
            }

            console.Out.Write(table.Render());
            return failed == 0 ? ExitCodes.Success : ExitCodes.InvalidInput;
        });
        return command;
    }
}
