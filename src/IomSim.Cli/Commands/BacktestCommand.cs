using System.CommandLine;
using IomSim.Cli.Output;
using IomSim.Estimation;
using IomSim.Estimation.Backtest;
using IomSim.Estimation.Input;

namespace IomSim.Cli.Commands;

/// <summary>
/// <c>iomsim backtest</c>: fit the ideal-point model on the UN General Assembly roll calls up to a year and score its
/// predictions of every later roll call beside two baselines. The computation is in IomSim.Estimation; this is the
/// thin edge: options, files, errors, output.
/// </summary>
internal static class BacktestCommand
{
    /// <summary>The command, writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        var command = new Command(
            "backtest",
            "Fit states' positions and habits on the UNGA roll calls up to the end of a year, predict every state's vote on every later roll call, and score it (PCC, APRE, log-loss, recall and precision) beside two baselines.");
        var trainUntil = new Option<int>("--train-until")
        {
            Description = "The last year fitted: roll calls dated up to 31 December of it train; every later one is predicted.",
            HelpName = "YEAR",
            Required = true,
        };
        var rollCalls = new Option<FileInfo?>("--roll-calls")
        {
            Description = "Roll calls (unvotes format: rcid,session,date,unres,...,short,descr). Default: unga-roll-calls-2010-2017.csv in the shared reference folder.",
            HelpName = "FILE",
        };
        var votes = new Option<FileInfo?>("--votes")
        {
            Description = "Votes (rcid,country_code,country,vote; a state that did not vote has no row). Default: unga-votes-2010-2017.csv in the shared reference folder.",
            HelpName = "FILE",
        };
        var issues = new Option<FileInfo?>("--issues")
        {
            Description = "Optional issue codes (rcid,short_name,issue). Default: the reference file when no other file is given; none when --roll-calls or --votes is given without it (roll calls then predicted on the general dimensions).",
            HelpName = "FILE",
        };
        var format = new Option<string>("--format")
        {
            Description = "table for people or json.",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json");
        var seeds = CommonOptions.Seeds();
        var output = CommonOptions.Out();
        foreach (Option option in new Option[] { trainUntil, rollCalls, votes, issues, format, seeds, output })
        {
            command.Options.Add(option);
        }

        command.SetAction(parsed =>
        {
            OutputCheck.Folder(parsed.GetValue(output), "--out");
            var files = BacktestFiles.Resolve(parsed.GetValue(rollCalls), parsed.GetValue(votes), parsed.GetValue(issues));
            var result = Run(files, parsed.GetValue(seeds), parsed.GetValue(trainUntil));
            var json = parsed.GetValue(format) == "json";
            var text = json ? BacktestJson.Render(result, files) : BacktestText.Render(result, files);
            new OutputTarget(console, parsed.GetValue(output)).Write("backtest", json ? OutputFormat.Json : OutputFormat.Table, text);
            return ExitCodes.Success;
        });
        return command;
    }

    private static BacktestResult Run(BacktestFiles files, DirectoryInfo? seeds, int year)
    {
        var seedsPath = seeds?.FullName ?? Inputs.SeedsFolder.Shipped;
        var statesFile = Path.Combine(seedsPath, "states.csv");
        try
        {
            var data = UnvotesReader.ReadFiles(files.RollCalls, files.Votes, files.Issues);
            var states = StatesFile.ReadFile(statesFile);
            return BacktestRunner.Run(StateVotes.Map(data, states), year);
        }
        catch (InputFileException e)
        {
            var where = e.Line > 0 ? $"{e.File}:{e.Line}:" : $"{e.File}:";
            var field = e.Field is { Length: > 0 } && e.Line > 0 ? $" field '{e.Field}':" : string.Empty;
            throw new InvalidInputException($"{where}{field} {e.Problem}", e);
        }
        catch (EstimationException e)
        {
            throw new InvalidInputException($"iomsim: backtest: {e.Message}", e);
        }
    }
}
