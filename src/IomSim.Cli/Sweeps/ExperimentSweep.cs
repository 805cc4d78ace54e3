using System.Collections.Immutable;
using IomSim.Domain.World;
using IomSim.Engine.Sweeps;
using IomSim.Scenarios;
using IomSim.Scenarios.Experiments;
using IomSim.Scenarios.Model;

namespace IomSim.Cli.Sweeps;

/// <summary>
/// <c>sweep experiments/NAME.yaml</c>: a YAML file whose top-level mapping has the key <c>experiment</c> is an
/// experiment (<see cref="ExperimentReader.IsExperiment"/>), whatever its folder. Its scenario, runs and seed become the
/// sweep's; <c>--runs</c> and <c>--seed</c> on the command line override the file's; <c>--vary</c> is refused.
/// </summary>
internal static class ExperimentSweep
{
    /// <summary>The request with the experiment's scenario, runs and seed, and the experiment; or the request unchanged and null for a scenario.</summary>
    /// <exception cref="InvalidInputException"><c>--vary</c> given with an experiment file.</exception>
    public static (SweepRequest Request, Experiment? Experiment) Resolve(SweepRequest request, World world)
    {
        if (!ExperimentReader.IsExperiment(request.Scenario))
        {
            return (request, null);
        }

        if (request.Vary.Count > 0)
        {
            throw new InvalidInputException(
                $"iomsim: --vary with the experiment file {request.Scenario}: the file says what is varied (expected no --vary; "
                + "edit the file's vary list, or sweep its scenario with --vary)");
        }

        var experiment = ExperimentReader.Read(request.Scenario, world);
        var resolved = request with
        {
            Scenario = experiment.Scenario,
            Runs = request.RunsGiven ? request.Runs : experiment.Runs,
            Seed = request.Seed ?? experiment.Seed,
        };
        return (resolved, experiment);
    }

    /// <summary>How many settings <paramref name="experiment"/>'s design has: the grid's combinations, or the samples drawn.</summary>
    public static long Settings(Experiment experiment) =>
        experiment.Design == ExperimentDesign.Grid
            ? experiment.Vary.Aggregate(1L, (count, factor) => count * factor.Steps!.Value)
            : experiment.Samples;

    /// <summary>The axes and settings of <paramref name="experiment"/>'s design over <paramref name="scenario"/>; sampled designs draw from <paramref name="seed"/>.</summary>
    /// <exception cref="ScenarioException">A varied number cannot be set in the scenario; the error names the entry's line and column.</exception>
    public static (ImmutableArray<SweepAxis> Axes, ImmutableArray<SweepSetting> Settings) Plan(Experiment experiment, Scenario scenario, ulong seed)
    {
        // Both ends set once here, so that a number the scenario cannot take fails at its entry, not in the middle of the runs.
        foreach (var factor in experiment.Vary)
        {
            if (factor.Path.IsFunding && !scenario.Timeline.SelectMany(session => session.Items).Any(item => item.Year is not null))
            {
                throw new ScenarioException(experiment.File, factor.Line, factor.Column, $"{factor.Path.Text} changes the funding of budget years, and {scenario.Id} plays none "
                    + "(expected a scenario with a budget item that has a year, such as funding-2021)");
            }

            try
            {
                factor.Path.ApplyTo(factor.Path.ApplyTo(scenario, factor.From), factor.To);
            }
            catch (ArgumentException error)
            {
                throw new ScenarioException(experiment.File, factor.Line, factor.Column, $"{factor.Path.Text} cannot be set in {scenario.Id}: {error.Message.Split(" (Parameter", 2)[0]}");
            }
        }

        if (experiment.Design == ExperimentDesign.Grid)
        {
            var axes = experiment.Vary.Select(f => new SweepAxis(f.Path, f.From, f.To, f.Steps!.Value)).ToImmutableArray();
            return (axes, SweepGrid.Of(axes));
        }

        return SampledDesign.Of(experiment.Design, [.. experiment.Vary.Select(f => (f.Path, f.From, f.To))], experiment.Samples, seed);
    }
}
