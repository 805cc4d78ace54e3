using System.CommandLine;
using System.Globalization;
using IomSim.Cli.Inputs;
using IomSim.Cli.Output;
using IomSim.Cli.Rendering;
using IomSim.Scenarios;
using IomSim.Scenarios.Model;

namespace IomSim.Cli.Commands;

/// <summary><c>iomsim members</c>: who sat in the IOM Council or the UN General Assembly on a day.</summary>
internal static class MembersCommand
{
    /// <summary>The command, writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        var command = new Command("members", "List the members of a body on a day: code, name, when each joined, blocs, and estimated position.");
        var date = new Option<string?>("--date")
        {
            Description = "The day, YYYY-MM-DD (default: today).",
            HelpName = "YYYY-MM-DD",
        };
        var body = new Option<string>("--body")
        {
            Description = "iom-council (IOM members) or unga (UN members).",
            DefaultValueFactory = _ => ScenarioFormat.BodyName(VotingBody.IomCouncil),
        };
        body.AcceptOnlyFromAmong([.. ScenarioFormat.BodyNames]);
        var format = CommonOptions.Format();
        var output = CommonOptions.Out();
        var seeds = CommonOptions.Seeds();
        foreach (Option option in new Option[] { date, body, format, output, seeds })
        {
            command.Options.Add(option);
        }

        command.SetAction(parsed =>
        {
            OutputCheck.Folder(parsed.GetValue(output), "--out");
            var day = Day(parsed.GetValue(date));
            var voting = ScenarioFormat.TryParseBody(parsed.GetValue(body), out var named) ? named : VotingBody.IomCouncil;
            var world = SeedsFolder.Load(parsed.GetValue(seeds));
            var roll = MemberRoll.Of(world, voting, day);
            var chosen = OutputFormats.Parse(parsed.GetValue(format)!);
            new OutputTarget(console, parsed.GetValue(output)).Write("members", chosen, MembersOutput.Render(roll, chosen));
            return ExitCodes.Success;
        });
        return command;
    }

    private static DateOnly Day(string? text) =>
        text is null ? DateOnly.FromDateTime(DateTime.Today)
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
        : throw new InvalidInputException($"iomsim: --date '{text}' is not a date (expected YYYY-MM-DD, e.g. 2020-11-24)");
}
