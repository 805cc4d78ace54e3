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
    private const string Expected = "the path of a calibration file written by 'iomsim calibrate', relative to this scenario file";

    /// <summary>What a calibration file sets.</summary>
    public sealed record Included(DecisionParameters Parameters, BehaviourOverride? Behaviour);

    public static Included Read(ReadContext context, YamlValue node)
    {
        var given = Values.Text(context, node, "parameters_from", Expected);
        var folder = Path.GetDirectoryName(context.File) ?? string.Empty;
        var path = Path.Combine(folder, given);
        if (!File.Exists(path))
        {
            throw context.Error(node, $"parameters_from file '{YamlScalar.Shorten(given)}' does not exist (expected {Expected})");
        }

        // Errors inside the file name that file, line and column.
        var (text, bytes) = ScenarioReader.ReadFile(path);
        context.Included.Add(bytes);
        var file = new ReadContext(path, context.World);
        var root = YamlTreeReader.Read(text, path)
            ?? throw new ScenarioException(path, 1, 1, $"the file holds no parameters (expected a mapping with the keys: {string.Join(", ", ScenarioKeys.ParametersFile)})");
        var fields = new Fields(file, root, "the calibration file", ScenarioKeys.ParametersFile);
        if (fields.Optional("calibration") is { } provenance and not YamlMapping)
        {
            throw file.Error(provenance, $"calibration is {provenance.Description} (expected a mapping saying what was fitted on what)");
        }

        var parameters = WorldSectionReader.Parameters(file, fields.Optional("parameters"), "parameters", DecisionParameters.Default);
        var behaviour = fields.Optional("behaviour") is { } value
            ? WorldSectionReader.BehaviourOf(file, value, "the behaviour of every state")
            : null;
        return new Included(parameters, behaviour);
    }
}
