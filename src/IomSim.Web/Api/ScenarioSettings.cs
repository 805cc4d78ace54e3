using IomSim.Domain.Funding;
using IomSim.Domain.World;
using IomSim.Scenarios;
using IomSim.Scenarios.Model;

namespace IomSim.Web.Api;

/// <summary>
/// The <c>setting</c> change: one number of the scenario named by a sweep path (<c>parameters.noise</c>,
/// <c>behaviour.*.attendance</c>, <c>donor.USA.factor</c>, ...), set through <see cref="ScenarioSettingPath"/> so the
/// dashboard, <c>sweep</c> and experiment files change a scenario in exactly the same way.
/// </summary>
internal static class ScenarioSettings
{
    /// <summary>The scenario with the path set to the value, and the line saying so.</summary>
    /// <exception cref="BadRequestException">The path is not a sweep path, names an unknown state or donor, or the value is out of its range.</exception>
    public static (Scenario Scenario, string Said) Apply(Scenario scenario, World world, ChangeRequest change, string field)
    {
        if (change.Path is not { } text)
        {
            throw new BadRequestException($"{field}.path", $"{field}.path is missing (expected a sweep path such as parameters.noise or behaviour.*.attendance)");
        }

        if (!ScenarioSettingPath.TryParse(text, out var path, out var error))
        {
            throw new BadRequestException($"{field}.path", error);
        }

        foreach (var state in path!.States)
        {
            ScenarioChanges.KnownState(world, state.Value, $"{field}.path");
        }

        if (text.Split('.') is ["donor", var id, _] && !world.Funding.Donors.ContainsKey(DonorId.Parse(id)))
        {
            throw new BadRequestException($"{field}.path", $"unknown donor '{id}' (expected a contributor in seeds/contributions.csv, such as USA or EU)");
        }

        if (path.IsFunding && !scenario.Timeline.SelectMany(s => s.Items).Any(e => e.Year is not null))
        {
            throw new BadRequestException($"{field}.path", $"{text} changes the funding of budget years, and scenario {scenario.Id} plays none (expected a budget-year scenario such as funding-2021)");
        }

        if (change.Value is not { } value || !double.IsFinite(value) || value < path.Min || value > path.Max)
        {
            var given = change.Value is { } v ? ScenarioChanges.Number(v) : "missing";
            throw new BadRequestException($"{field}.value", $"{field}.value is {given} (expected a number from {ScenarioChanges.Number(path.Min)} to {ScenarioChanges.Number(path.Max)} for {text})");
        }

        try
        {
            return (path.ApplyTo(scenario, value), $"{text} = {ScenarioChanges.Number(value)}");
        }
        catch (ArgumentException refused)
        {
            // A donor that takes a group's pooled money has no factor: the grammar refuses it, and says why.
            throw new BadRequestException($"{field}.path", refused.Message);
        }
    }
}
