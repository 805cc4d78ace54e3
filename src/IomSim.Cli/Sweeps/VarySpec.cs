using System.Globalization;
using IomSim.Domain.World;
using IomSim.Engine.Sweeps;
using IomSim.Scenarios;
using IomSim.Scenarios.Model;

namespace IomSim.Cli.Sweeps;

/// <summary>
/// Reads <c>--vary PATH=FROM..TO:STEPS</c> into a sweep axis, checking the path, the range, the states it names and
/// that it applies to the scenario; <see cref="Axis"/> makes the same checks for a path and range given apart (an
/// experiment file's).
/// </summary>
internal static class VarySpec
{
    /// <summary>The most values one number may take.</summary>
    public const int MaxSteps = 1_000;

    /// <summary>The form, for error messages.</summary>
    public const string Form = "PATH=FROM..TO:STEPS, e.g. parameters.noise=0.5..1.5:3";

    /// <summary>The axis <paramref name="text"/> describes.</summary>
    /// <exception cref="InvalidInputException">
    /// The text is malformed, names an unknown number or state, leaves the number's range, or cannot apply to
    /// <paramref name="scenario"/> (a funding path in a scenario without a budget year, a pooled donor's factor).
    /// </exception>
    public static SweepAxis Parse(string text, World world, Scenario scenario)
    {
        var what = $"--vary '{text}'";
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        var colon = text.LastIndexOf(':');
        var dots = equals < 0 ? -1 : text.IndexOf("..", equals, StringComparison.Ordinal);
        if (equals <= 0 || dots < 0 || colon < dots)
        {
            throw Error(what, $"expected {Form}");
        }

        var pathText = text[..equals];
        if (!ScenarioSettingPath.TryParse(pathText, out _, out var problem))
        {
            throw Error(what, problem);
        }

        var from = Number(what, text[(equals + 1)..dots], "FROM");
        var to = Number(what, text[(dots + 2)..colon], "TO");
        var stepsText = text[(colon + 1)..];
        if (!int.TryParse(stepsText, NumberStyles.None, CultureInfo.InvariantCulture, out var steps))
        {
            steps = 0;
        }

        return Axis(what, pathText, from, to, steps, world, scenario, stepsText);
    }

    /// <summary>
    /// The axis varying <paramref name="pathText"/> from <paramref name="from"/> to <paramref name="to"/> in
    /// <paramref name="steps"/> values; errors name <paramref name="what"/> (<c>--vary '…'</c>, or a file and field).
    /// </summary>
    /// <exception cref="InvalidInputException">As <see cref="Parse"/>.</exception>
    public static SweepAxis Axis(string what, string pathText, double from, double to, int steps, World world, Scenario scenario, string? stepsText = null)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(scenario);
        if (!ScenarioSettingPath.TryParse(pathText, out var parsed, out var problem))
        {
            throw Error(what, problem);
        }

        var path = parsed!;
        if (steps < 1 || steps > MaxSteps)
        {
            throw Error(what, $"STEPS must be a whole number from 1 to {MaxSteps}, not '{stepsText ?? steps.ToString(CultureInfo.InvariantCulture)}'");
        }

        foreach (var value in new[] { from, to })
        {
            // NaN passes every comparison below as false, and infinity leaves every range: both are refused here by name.
            if (!double.IsFinite(value))
            {
                throw Error(what, $"FROM and TO must be finite numbers from {Shown(path.Min)} to {Shown(path.Max)}, not {Shown(value)}");
            }

            if (value < path.Min || value > path.Max)
            {
                throw Error(what, $"{pathText} must lie from {Shown(path.Min)} to {Shown(path.Max)}, not {Shown(value)}");
            }
        }

        var unknown = path.States.Where(s => !world.States.ContainsKey(s)).ToArray();
        if (unknown.Length > 0)
        {
            throw Error(what, $"no state {unknown[0]} in the seeds (states.csv)");
        }

        if (path.IsFunding && !scenario.Timeline.SelectMany(session => session.Items).Any(item => item.Year is not null))
        {
            throw Error(what, $"{pathText} changes the funding of budget years, and {scenario.Id} plays none (expected a scenario with a budget item that has a year, such as scenarios/funding-2021.yaml)");
        }

        try
        {
            path.ApplyTo(scenario, from);
        }
        catch (ArgumentException error)
        {
            throw Error(what, error.Message.Split(" (Parameter", 2)[0]);
        }

        return new SweepAxis(path, from, to, steps);
    }

    private static double Number(string what, string number, string name) =>
        double.TryParse(number, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(what, $"{name} must be a number such as 0.5 or -1, not '{number}'");

    private static string Shown(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static InvalidInputException Error(string what, string problem) => new($"iomsim: {what}: {problem}");
}
