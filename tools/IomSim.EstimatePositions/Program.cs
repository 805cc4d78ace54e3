using System.CommandLine;
using System.Globalization;
using IomSim.Domain.World;
using IomSim.Estimation;
using IomSim.Estimation.Input;
using IomSim.Estimation.Scaling;

namespace IomSim.EstimatePositions;

/// <summary>
/// The command line: read the roll calls and the states, estimate, write <c>seeds/positions.csv</c> and print a
/// summary. Exit codes: 0 done, 2 bad input or bad arguments, 1 the output could not be written.
/// </summary>
internal static class Program
{
    private const int BadInput = 2;
    private const int CannotWrite = 1;

    private static readonly IdealPointOptions s_options = new();

    private static readonly string[] s_defaultShow =
        ["USA", "CAN", "AUS", "DEU", "GBR", "SWE", "RUS", "CHN", "IRN", "SYR", "PRK", "UKR", "GEO", "HND", "HUN", "POL", "CZE", "ISR"];

    private static readonly string[] s_defaultGroups =
        ["UN-WEOG", "UN-Eastern-European", "UN-GRULAC", "UN-Asia-Pacific", "UN-African", "EU", "NATO", "OECD-DAC", "CIS", "AU", "G77", "ASEAN"];

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
        var outOption = new Option<FileInfo>("--out")
        {
            Description = "Where to write the positions (code,alignment,rights,votes,basis,source).",
            DefaultValueFactory = _ => new FileInfo("seeds/positions.csv"),
        };
        var groupsOption = new Option<FileInfo?>("--groups")
        {
            Description = "Optional: shared/reference/state-groups.csv, to print each group's mean position (members at the end of 2017).",
        };
        var showOption = new Option<string[]>("--show")
        {
            Description = "States (alpha-3) whose positions the summary lists.",
            DefaultValueFactory = _ => s_defaultShow,
            AllowMultipleArgumentsPerToken = true,
        };

        var root = new RootCommand(
            "Estimates every UN member's alignment and rights positions from the UN General Assembly roll calls of 2010-2017 " +
            "(classical scaling of pairwise agreement) and writes seeds/positions.csv. See docs/positions.md.");
        root.Options.Add(referenceOption);
        root.Options.Add(statesOption);
        root.Options.Add(outOption);
        root.Options.Add(groupsOption);
        root.Options.Add(showOption);
        root.SetAction(parsed => Run(
            parsed.GetValue(referenceOption)!,
            parsed.GetValue(statesOption)!,
            parsed.GetValue(outOption)!,
            parsed.GetValue(groupsOption),
            parsed.GetValue(showOption) ?? s_defaultShow));

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

    private static int Run(DirectoryInfo reference, FileInfo statesFile, FileInfo output, FileInfo? groupsFile, string[] show)
    {
        PositionEstimate estimate;
        IReadOnlyList<GroupMembership>? groups;
        try
        {
            var data = UnvotesReader.ReadFolder(reference.FullName);
            var states = StatesFile.ReadFile(statesFile.FullName);
            groups = groupsFile is null ? null : StateGroupsFile.ReadFile(groupsFile.FullName);
            estimate = PositionEstimator.Estimate(data, states, s_options);
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
            PositionsCsv.Write(output.FullName, estimate.Positions);
        }
        catch (IOException exception)
        {
            Console.Error.WriteLine($"error: cannot write {output.FullName}: {exception.Message}");
            return CannotWrite;
        }
        catch (UnauthorizedAccessException exception)
        {
            Console.Error.WriteLine($"error: cannot write {output.FullName}: {exception.Message}");
            return CannotWrite;
        }

        PrintSummary(estimate, output.FullName, groups, show);
        return 0;
    }

    private static void PrintSummary(PositionEstimate estimate, string output, IReadOnlyList<GroupMembership>? groups, string[] show)
    {
        var scaling = estimate.Scaling;
        var defaults = estimate.Positions.Where(p => p.Basis == PositionBasis.Default).ToArray();
        var line = (string text) => Console.WriteLine(text);
        line($"wrote {output}: {estimate.Positions.Count} states");
        line($"states scaled from roll calls: {scaling.Points.Count}; given the default ({Pair(estimate.DefaultPosition)}): {defaults.Length} ({string.Join(' ', defaults.Select(d => d.Code.Value))})");
        line($"roll calls: {estimate.RollCallsRead} read, {scaling.RollCallsUsed} informative used for alignment, {scaling.RightsRollCallsUsed} human-rights used for rights");
        line($"fewest roll calls shared by two scaled states: {scaling.FewestShared.All} (all), {scaling.FewestShared.Rights} (human rights); minimum required {s_options.MinSharedVotes}");
        line($"variance explained: alignment (dimension 1 of all roll calls) {Percent(scaling.AlignmentScaling.VarianceExplained(0))}, dimension 2 (not used) {Percent(scaling.AlignmentScaling.VarianceExplained(1))}");
        line($"                    rights (dimension 1 of human-rights roll calls) {Percent(scaling.RightsScaling.VarianceExplained(0))}, dimension 2 (not used) {Percent(scaling.RightsScaling.VarianceExplained(1))}");
        line($"correlation of alignment and rights: {scaling.Correlation.ToString("0.000", CultureInfo.InvariantCulture)}");
        line($"raw coordinates before mapping onto [-1, 1]: alignment {Range(scaling.Points.Select(p => p.RawAlignment))}, rights {Range(scaling.Points.Select(p => p.RawRights))}");
        line($"dimension 2 of all roll calls (not used; sign arbitrary): {Ends(scaling, scaling.AlignmentScaling)}");
        line($"dimension 2 of human-rights roll calls (not used; sign arbitrary): {Ends(scaling, scaling.RightsScaling)}");
        foreach (var left in scaling.Excluded)
        {
            line($"not scaled: {left.State} ({left.Reason})");
        }

        var byCode = estimate.Positions.ToDictionary(p => p.Code.Value, StringComparer.Ordinal);
        line(string.Empty);
        line("state  alignment  rights  votes");
        foreach (var code in show.Select(c => c.ToUpperInvariant()))
        {
            line(byCode.TryGetValue(code, out var row)
                ? $"{code,-5}  {PositionsCsv.Number(row.Position.Alignment),9}  {PositionsCsv.Number(row.Position.Rights),6}  {row.Votes,5}"
                : $"{code,-5}  (not in the states file)");
        }

        if (groups is null)
        {
            return;
        }

        var endOf2017 = new DateOnly(2017, 12, 31);
        var scaled = estimate.Positions.Where(p => p.Basis == PositionBasis.RollCalls).ToDictionary(p => p.Code);
        line(string.Empty);
        line("group (members at 2017-12-31, scaled)  n   alignment  rights");
        foreach (var group in s_defaultGroups)
        {
            var members = groups.Where(g => g.Group == group && g.IsMemberOn(endOf2017)).Select(g => g.Code).Distinct()
                .Where(scaled.ContainsKey).Select(c => scaled[c].Position).ToArray();
            if (members.Length == 0)
            {
                continue;
            }

            line($"{group,-38} {members.Length,3}  {PositionsCsv.Number(members.Average(p => p.Alignment)),9}  {PositionsCsv.Number(members.Average(p => p.Rights)),6}");
        }
    }

    private static string Range(IEnumerable<double> values)
    {
        var all = values.ToArray();
        return $"{all.Min().ToString("0.0000", CultureInfo.InvariantCulture)} to {all.Max().ToString("0.0000", CultureInfo.InvariantCulture)}";
    }

    private static string Ends(IdealPointEstimate estimate, ScalingResult scaling)
    {
        if (scaling.Coordinates[0].Length < 2)
        {
            return "(none)";
        }

        var second = scaling.Dimension(1);
        var order = Enumerable.Range(0, second.Length).OrderBy(i => second[i]).ThenBy(i => estimate.Points[i].State, StringComparer.Ordinal).ToArray();
        string Name(int i) => estimate.Points[i].State;
        return $"{string.Join(' ', order.Take(6).Select(Name))} ... {string.Join(' ', order.TakeLast(6).Select(Name))}";
    }

    private static string Pair(PolicyPosition position) =>
        $"{PositionsCsv.Number(position.Alignment)}, {PositionsCsv.Number(position.Rights)}";

    private static string Percent(double share) => share.ToString("0.0%", CultureInfo.InvariantCulture);
}
