using System.CommandLine;
using IomSim.Estimation;
using IomSim.Estimation.IdealPointModel;
using IomSim.Estimation.Input;

namespace IomSim.EstimatePositions;

/// <summary>
/// The command line: read the roll calls and the states, fit the ideal-point model, write the four seed files and
/// print a summary. Exit codes: 0 done, 2 bad input or bad arguments, 1 the output could not be written.
/// </summary>
internal static class Program
{
    private const int BadInput = 2;
    private const int CannotWrite = 1;

    private static readonly string[] s_defaultShow =
        ["USA", "CAN", "AUS", "DEU", "GBR", "SWE", "RUS", "CHN", "IRN", "SYR", "PRK", "UKR", "GEO", "HND", "HUN", "POL", "CZE", "ISR", "IND", "BRA", "ZAF", "TUR", "JPN", "MHL", "NRU"];

    private static int Main(string[] args)
    {
        var referenceOption = new Option<DirectoryInfo>("--reference")
        {
            Description = "The folder with the unvotes files (unga-votes-, unga-roll-calls- and unga-roll-call-issues-2010-2017.csv).",
            DefaultValueFactory = _ => new DirectoryInfo("../shared/reference"),
        };
        var statesOption = new Option<FileInfo>("--states")
        {
            Description = "seeds/states.csv: code,iso2,name,un_member_from,source.",
            DefaultValueFactory = _ => new FileInfo("seeds/states.csv"),
        };
        var outOption = new Option<DirectoryInfo>("--out")
        {
            Description = "The folder to write positions.csv, vote-habits.csv, roll-call-items.csv and vote-choice.csv into.",
            DefaultValueFactory = _ => new DirectoryInfo("seeds"),
        };
        var groupsOption = new Option<FileInfo?>("--groups")
        {
            Description = "Optional: shared/reference/state-groups.csv, to print each group's mean position (members at the end of the window).",
        };
        var showOption = new Option<string[]>("--show")
        {
            Description = "States (alpha-3) whose positions the summary lists.",
            DefaultValueFactory = _ => s_defaultShow,
            AllowMultipleArgumentsPerToken = true,
        };
        var untilOption = new Option<int?>("--train-until")
        {
            Description = "Fit only the roll calls dated up to the end of this year (default: all).",
        };

        var root = new RootCommand(
            "Fits a two-dimensional ordered-logit ideal-point model (with human-rights and development offsets) to the UN General " +
            "Assembly roll calls of 2010-2017 and writes seeds/positions.csv, vote-habits.csv, roll-call-items.csv and vote-choice.csv. " +
            "See docs/positions.md.");
        root.Options.Add(referenceOption);
        root.Options.Add(statesOption);
        root.Options.Add(outOption);
        root.Options.Add(groupsOption);
        root.Options.Add(showOption);
        root.Options.Add(untilOption);
        root.SetAction(parsed => Run(
            parsed.GetValue(referenceOption)!,
            parsed.GetValue(statesOption)!,
            parsed.GetValue(outOption)!,
            parsed.GetValue(groupsOption),
            parsed.GetValue(showOption) ?? s_defaultShow,
            parsed.GetValue(untilOption)));

        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                Console.Error.WriteLine($"error: {error.Message}");
            }

            Console.Error.WriteLine("Run with --help for the options.");
            return BadInput;
        }

        return result.Invoke();
    }

    private static int Run(DirectoryInfo reference, FileInfo statesFile, DirectoryInfo output, FileInfo? groupsFile, string[] show, int? until)
    {
        EstimatedSeeds seeds;
        IReadOnlyList<GroupMembership>? groups;
        try
        {
            var data = UnvotesReader.ReadFolder(reference.FullName);
            var states = StatesFile.ReadFile(statesFile.FullName);
            groups = groupsFile is null ? null : StateGroupsFile.ReadFile(groupsFile.FullName);
            var options = new IdealPointOptions { TrainUntil = until is { } year ? new DateOnly(year, 12, 31) : null };
            seeds = EstimatedSeeds.Create(StateVotes.Map(data, states), options);
        }
        catch (InputFileException exception)
        {
            Console.Error.WriteLine($"error: {exception.Message}");
            return BadInput;
        }
        catch (EstimationException exception)
        {
            Console.Error.WriteLine($"error: {exception.Message}");
            return BadInput;
        }

        try
        {
            seeds.Write(output.FullName);
        }
        catch (IOException exception)
        {
            Console.Error.WriteLine($"error: cannot write into {output.FullName}: {exception.Message}");
            return CannotWrite;
        }
        catch (UnauthorizedAccessException exception)
        {
            Console.Error.WriteLine($"error: cannot write into {output.FullName}: {exception.Message}");
            return CannotWrite;
        }

        FitSummary.Print(Console.Out, seeds, output.FullName, groups, show);
        return 0;
    }
}
