using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using IomSim.Files;
using IomSim.Scenarios.Model;
using IomSim.Scenarios.Reading;
using IomSim.Scenarios.Yaml;
using SeedWorld = IomSim.Domain.World.World;

namespace IomSim.Scenarios;

/// <summary>
/// Reads scenario files (YAML, <c>docs/scenarios.md</c>) into <see cref="Scenario"/>, checking every field against the
/// format and every reference against the seeded world. Every error is a <see cref="ScenarioException"/> naming the file,
/// line and column, what was wrong and what was expected. Files over <see cref="ScenarioFormat.MaxFileBytes"/>, YAML
/// anchors and aliases, and nesting deeper than <see cref="ScenarioFormat.MaxNestingDepth"/> are refused.
/// </summary>
public static class ScenarioReader
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads the scenario file at <paramref name="path"/>; its content hash is the SHA-256 of the file's bytes.</summary>
    /// <param name="path">The file; errors name it as given.</param>
    /// <param name="world">The seeded world (<c>SeedLoader.Load</c>) that state codes and documented outcomes are checked against.</param>
    /// <exception cref="ScenarioException">The file is missing, too large, not UTF-8, malformed, or breaks a rule of the format.</exception>
    public static Scenario Read(string path, SeedWorld world)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(world);
        var (text, bytes) = ReadFile(path);
        return ParseCore(text, path, world, bytes);
    }

    /// <summary>Reads a YAML file within the size limit as strict UTF-8 (without a byte-order mark), with its bytes.</summary>
    /// <exception cref="ScenarioException">The file is missing, too large, not a regular file or not UTF-8.</exception>
    internal static (string Text, byte[] Bytes) ReadFile(string path)
    {
        var bytes = ReadBounded(path);
        return (Decode(bytes, path), bytes);
    }

    /// <summary>The text of <paramref name="bytes"/> as strict UTF-8, without a byte-order mark.</summary>
    /// <exception cref="ScenarioException">The bytes are not UTF-8; the error names <paramref name="file"/>.</exception>
    internal static string Decode(byte[] bytes, string file)
    {
        try
        {
            return s_strictUtf8.GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new ScenarioException(file, 1, 1, "the file is not UTF-8 text (expected a YAML file saved as UTF-8)");
        }
    }

    /// <summary>
    /// Reads scenario text; its content hash is the SHA-256 of the text's UTF-8 bytes (the same as <see cref="Read"/>
    /// gives for a file without a byte-order mark).
    /// </summary>
    /// <param name="yamlText">The YAML.</param>
    /// <param name="displayPath">The name errors and <see cref="ScenarioSource.Path"/> give the text.</param>
    /// <param name="world">The seeded world that state codes and documented outcomes are checked against.</param>
    /// <exception cref="ScenarioException">The text is too large, malformed, or breaks a rule of the format.</exception>
    public static Scenario Parse(string yamlText, string displayPath, SeedWorld world)
    {
        ArgumentNullException.ThrowIfNull(yamlText);
        ArgumentException.ThrowIfNullOrEmpty(displayPath);
        ArgumentNullException.ThrowIfNull(world);
        var byteCount = Encoding.UTF8.GetByteCount(yamlText);
        if (byteCount > ScenarioFormat.MaxFileBytes)
        {
            throw TooLarge(displayPath, byteCount.ToString("N0", CultureInfo.InvariantCulture));
        }

        return ParseCore(yamlText, displayPath, world, Encoding.UTF8.GetBytes(yamlText));
    }

    private static Scenario ParseCore(string text, string file, SeedWorld world, byte[] bytes)
    {
        var context = new ReadContext(file, world);
        var root = YamlTreeReader.Read(text, file)
            ?? throw new ScenarioException(
                file, 1, 1, $"the file holds no scenario (expected a mapping with the keys: {string.Join(", ", ScenarioKeys.Root)})");
        var fields = new Fields(context, root, "the scenario", ScenarioKeys.Root);
        var id = Values.Identifier(context, fields.Required("id", "a short id such as russia-2020"), "id", allowSlash: false);
        var baseline = fields.Optional("baseline") is { } baselineNode ? Baseline(context, baselineNode, id) : null;
        var title = Values.Text(context, fields.Required("title", "one line of text"), "title", "one line of text");
        var description = Values.Text(
            context, fields.Required("description", "what the scenario shows and where its facts come from"), "description", "text");
        var body = Body(context, fields.Required("body", $"one of: {string.Join(", ", ScenarioFormat.BodyNames)}"));
        var runs = fields.Optional("runs") is { } runsNode ? Values.WholeNumber(context, runsNode, "runs", 1, ScenarioFormat.MaxRuns) : 1;
        var seed = fields.Optional("seed") is { } seedNode ? Values.Seed(context, seedNode, "seed") : 0UL;

        // The four-choice weights are fitted on the roll calls, not set by scenarios: they come with the seeds.
        var scenarioWorld = WorldSectionReader.Read(context, fields.Optional("world"));
        scenarioWorld = scenarioWorld with { Parameters = scenarioWorld.Parameters with { Choices = world.VoteChoice } };
        var funding = FundingSectionReader.Read(context, fields.Optional("funding"));
        var timeline = TimelineReader.Read(context, fields.Required("timeline", "a list of sessions"), body);

        if (scenarioWorld.Calibration is { } calibration)
        {
            var replayed = timeline.SelectMany(session => session.Items)
                .Select(item => item.Documented)
                .OfType<string>()
                .Where(world.Outcomes.ContainsKey)
                .Select(id => (id, world.Outcomes[id].Date));
            scenarioWorld = scenarioWorld with { Calibration = calibration with { InSample = calibration.Seen(replayed) } };
        }

        // The published schema last: what the reader let through must still be what scenarios/schema.json allows.
        Schema.ScenarioSchema.Check(root, file);

        // An included calibration file is part of the scenario: changing it makes a different scenario.
        var hash = Hash([.. bytes, .. context.Included.SelectMany(b => b)]);
        return new Scenario(id, title, description, body, scenarioWorld, timeline, runs, seed, new ScenarioSource(file, hash))
        {
            Baseline = baseline,
            Funding = funding,
        };
    }

    private static string Baseline(ReadContext context, YamlValue node, string id)
    {
        var baseline = Values.Identifier(context, node, "baseline", allowSlash: false);
        return baseline != id
            ? baseline
            : throw context.Error(node, $"baseline '{id}' is this scenario's own id (expected the id of another scenario to compare with side by side)");
    }

    private static VotingBody Body(ReadContext context, YamlValue node)
    {
        var names = string.Join(", ", ScenarioFormat.BodyNames);
        var text = Values.Text(context, node, "body", $"one of: {names}");
        return ScenarioFormat.TryParseBody(text, out var body)
            ? body
            : throw context.Error(node, $"unknown body '{YamlScalar.Shorten(text)}' (expected one of: {names})");
    }

    /// <summary>
    /// The file's bytes, if it is a regular file within the size limit: a FIFO, <c>/dev/stdin</c> or a device is refused
    /// before anything is read from it (it could block for ever or never end).
    /// </summary>
    private static byte[] ReadBounded(string path)
    {
        try
        {
            return RegularFile.ReadAllBytes(path, ScenarioFormat.MaxFileBytes);
        }
        catch (InputFileException e)
        {
            throw e.Kind switch
            {
                InputFileProblem.Missing => new ScenarioException(path, 0, 0, "the file does not exist (expected the path of a scenario file, e.g. scenarios/russia-2020.yaml)"),
                InputFileProblem.TooLarge => new ScenarioException(path, 1, 1, $"{e.Problem} (expected a scenario file of at most 1 MB; larger files are refused so that a hostile file cannot exhaust memory)"),
                InputFileProblem.NotRegular => new ScenarioException(path, 0, 0, $"{e.Problem} (expected a scenario file; FIFOs, devices and other special files are refused, as reading them could wait for ever)"),
                _ => new ScenarioException(path, 0, 0, $"{e.Problem} (expected a readable scenario file)"),
            };
        }
    }

    private static ScenarioException TooLarge(string file, string size) =>
        new(file, 1, 1, $"the file is {size} bytes, over the limit of {ScenarioFormat.MaxFileBytes.ToString("N0", CultureInfo.InvariantCulture)} bytes "
            + "(expected a scenario file of at most 1 MB; larger files are refused so that a hostile file cannot exhaust memory)");

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
