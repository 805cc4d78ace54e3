using System.CommandLine;
using IomSim.Cli.Output;
using IomSim.Cli.Sweeps;

namespace IomSim.Cli.Commands;

/// <summary>
/// <c>iomsim sweep &lt;scenario&gt; --runs N --vary PATH=FROM..TO:STEPS ...</c>: runs every combination of the varied
/// numbers N times, stores each run as it finishes, and summarises each setting, the pivotal states and the
/// sensitivity of each motion to each number.
/// </summary>
internal static class SweepCommand
{
    /// <summary>The default runs per setting.</summary>
    public const int DefaultRuns = 100;

    /// <summary>The command, writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        var command = new Command(
            "sweep",
            "Run a scenario N times at every combination of the varied numbers (the same seeds at every setting), storing each "
            + "run as it finishes; then, per setting, outcome shares and tallies with 95% confidence intervals and the states "
            + "most often pivotal, and how much each number moves each motion (one at a time, and a first-order variance index). "
            + "Given an experiment file (YAML with a top-level 'experiment:' key, docs/experiments.md), runs its design; --runs and --seed override the file's.");
        var scenario = CommonOptions.Scenario();
        var runs = CommonOptions.Runs($"Runs per setting (default {DefaultRuns}).");
        var vary = new Option<string[]>("--vary")
        {
            Description = "A number to vary, PATH=FROM..TO:STEPS (evenly spaced, both ends included; STEPS 1 means FROM only). PATH is "
                + "parameters.KEY, behaviour.CODE.FIELD or relation.FROM.TO (docs/sweeps.md). Repeat for a full grid.",
            HelpName = "PATH=FROM..TO:STEPS",
            DefaultValueFactory = _ => [],
        };
        var resume = new Option<bool>("--resume")
        {
            Description = "Play only the runs the results file does not hold yet (after an interrupted sweep); without it, every run is played and replaced.",
        };
        var force = new Option<bool>("--force")
        {
            Description = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Play a sweep of more than {Sweeps.SweepLimits.MaxRuns:N0} runs (settings × runs per setting), which is otherwise refused before it starts."),
        };
        var seed = CommonOptions.Seed();
        var format = CommonOptions.Format();
        var output = CommonOptions.Out();
        output.Description = "Write sweep.json, sweep.csv or sweep.txt into this folder (created if missing) instead of standard output.";
        var store = CommonOptions.Store();
        var seeds = CommonOptions.Seeds();
        var parallel = CommonOptions.Parallel();
        var cluster = CommonOptions.Cluster(ScenarioOptions.ClusterDescription);
        command.Arguments.Add(scenario);
        foreach (Option option in new Option[] { runs, vary, resume, force, seed, format, output, store, seeds, parallel, cluster })
        {
            command.Options.Add(option);
        }

        var perRun = new PerRunOptions(command);
        command.SetAction((parsed, cancellationToken) =>
        {
            var request = new SweepRequest(
                parsed.GetValue(scenario)!,
                parsed.GetValue(runs) ?? DefaultRuns,
                parsed.GetValue(vary) ?? [],
                parsed.GetValue(seed),
                parsed.GetValue(parallel),
                parsed.GetValue(resume),
                parsed.GetValue(seeds),
                parsed.GetValue(store),
                OutputFormats.Parse(parsed.GetValue(format)!),
                parsed.GetValue(output),
                parsed.GetValue(cluster))
            {
                RunsGiven = parsed.GetValue(runs) is not null,
                Force = parsed.GetValue(force),
                PerRun = perRun.Read(parsed),
            };
            var report = SweepRunner.Run(request, console, cancellationToken);
            var text = request.Format switch
            {
                OutputFormat.Json => SweepJson.Render(report),
                OutputFormat.Csv => SweepCsv.Render(report),
                _ => SweepText.Render(report),
            };
            new OutputTarget(console, request.Out).Write("sweep", request.Format, text);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
