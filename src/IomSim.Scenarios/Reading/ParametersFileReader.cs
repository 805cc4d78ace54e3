using System.Collections.Immutable;
using IomSim.Domain.Decisions;
using IomSim.Scenarios.Model;
using IomSim.Scenarios.Yaml;

namespace IomSim.Scenarios.Reading;

/// <summary>
/// Reads the calibration file that <c>world.parameters_from</c> names (written by <c>iomsim calibrate</c>): its
/// <c>parameters</c> and world-wide <c>behaviour</c>; <c>calibration</c> is provenance, checked to be a mapping only.
/// </summary>
internal static class ParametersFileReader
{
    private static readonly string[] s_valueSections = ["parameters", "behaviour"];
    private static readonly string[] s_eventKeys = ["id", "date"];

    private const string Expected = "the path of a calibration file written by 'iomsim calibrate', relative to this scenario file, "
        + "in this scenario's folder or below it, or in a calibration folder beside it or beside the program";

    /// <summary>What a calibration file sets.</summary>
    public sealed record Included(DecisionParameters Parameters, BehaviourOverride? Behaviour, CalibrationProvenance Provenance);

    public static Included Read(ReadContext context, YamlValue node)
    {
        var given = Values.Text(context, node, "parameters_from", Expected);
        var (path, bytes) = IncludedFile.Read(context, node, given, Expected);

        // Errors inside the file name that file, line and column, and never quote what it holds.
        var text = ScenarioReader.Decode(bytes, path);
        context.Included.Add(bytes);
        var file = new ReadContext(path, context.World, showsContent: false);
        var root = YamlTreeReader.Read(text, path, showsContent: false)
            ?? throw new ScenarioException(path, 1, 1, $"the file holds no parameters (expected a mapping with the keys: {string.Join(", ", ScenarioKeys.ParametersFile)})");
        var fields = new Fields(file, root, "the calibration file", ScenarioKeys.ParametersFile);
        if (fields.Optional("calibration") is { } provenance and not YamlMapping)
        {
            throw file.Error(provenance, $"calibration is {file.Describe(provenance)} (expected a mapping saying what was fitted on what)");
        }

        var fittedOn = FittedOn(file, fields.Optional("calibration") as YamlMapping);
        var names = s_valueSections
            .Select(fields.Optional)
            .OfType<YamlMapping>()
            .SelectMany(m => m.Entries.Select(e => e.Key.Value))
            .ToImmutableArray();

        var parameters = WorldSectionReader.Parameters(file, fields.Optional("parameters"), "parameters", DecisionParameters.Default);
        var behaviour = fields.Optional("behaviour") is { } value
            ? WorldSectionReader.BehaviourOf(file, value, "the behaviour of every state")
            : null;
        return new Included(parameters, behaviour, new CalibrationProvenance(given, names, fittedOn, []));
    }

    // calibration.fitted_on_events: [{ id, date }], as iomsim calibrate writes it; empty in files written before it did.
    private static ImmutableArray<(string Id, DateOnly Date)> FittedOn(ReadContext file, YamlMapping? calibration)
    {
        if (calibration?.Find("fitted_on_events") is not { } node)
        {
            return [];
        }

        var events = ImmutableArray.CreateBuilder<(string, DateOnly)>();
        foreach (var item in Values.List(file, node, "fitted_on_events", "a list of { id, date }").Items)
        {
            var fields = new Fields(file, item, "a fitted event", s_eventKeys);
            events.Add((
                Values.Text(file, fields.Required("id", "the id of a documented event"), "id", "the id of a documented event"),
                Values.Date(file, fields.Required("date", "its date, YYYY-MM-DD"), "date")));
        }

        return events.ToImmutable();
    }
}
