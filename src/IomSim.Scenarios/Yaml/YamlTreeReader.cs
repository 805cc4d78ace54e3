using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace IomSim.Scenarios.Yaml;

/// <summary>
/// Reads YAML text into a <see cref="YamlValue"/> tree through YamlDotNet's event parser, refusing what a hostile file
/// could use to hang the reader or exhaust memory: anchors and aliases (no expansion ever happens), nesting deeper than
/// <see cref="ScenarioFormat.MaxNestingDepth"/>, and more than one document. Malformed YAML fails with YamlDotNet's
/// position.
/// </summary>
internal static partial class YamlTreeReader
{
    private const string ExpectedYaml =
        "expected YAML: 'key: value' lines, '- ' list items, spaces (not tabs) for indentation, quotes and brackets closed";

    /// <summary>The root node, or null when the file holds no document.</summary>
    /// <param name="text">The YAML.</param>
    /// <param name="file">The file, as errors name it.</param>
    /// <param name="showsContent">False for an included file: errors then never quote what the file holds.</param>
    public static YamlValue? Read(string text, string file, bool showsContent = true)
    {
        var scanner = new Scanner(new StringReader(text), skipComments: true);
        var parser = new Parser(scanner);
        try
        {
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, file, 1, showsContent);
            parser.Consume<DocumentEnd>();
            if (parser.Current is DocumentStart second)
            {
                throw new ScenarioException(
                    file, (int)second.Start.Line, (int)second.Start.Column,
                    "a second YAML document (expected exactly one document per scenario file; remove the '---' line)");
            }

            return root;
        }
        catch (YamlException e)
        {
            // YamlDotNet's message can quote the text it stopped at.
            var problem = showsContent ? Clean(e.Message) : "the YAML cannot be parsed";
            throw new ScenarioException(file, (int)e.Start.Line, (int)e.Start.Column, $"malformed YAML: {problem} ({ExpectedYaml})");
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException)
        {
            // YamlDotNet fails on some malformed input with other exceptions than YamlException; the scanner knows where it stopped.
            var at = scanner.CurrentPosition;
            throw new ScenarioException(file, (int)at.Line, (int)at.Column, $"malformed YAML: the parser stopped here ({ExpectedYaml})");
        }
    }

    private static YamlValue ReadNode(IParser parser, string file, int depth, bool showsContent)
    {
        var current = parser.Current ?? throw new ScenarioException(file, 1, 1, $"malformed YAML: the document ends early ({ExpectedYaml})");
        Refuse(current, file, showsContent);
        switch (current)
        {
            case Scalar scalar:
                parser.MoveNext();
                return new YamlScalar(scalar.Start, scalar.Value, scalar.Style is ScalarStyle.Plain or ScalarStyle.Any);
            case MappingStart mapping:
                CheckDepth(mapping, file, depth);
                parser.MoveNext();
                return ReadMapping(parser, file, depth, mapping.Start, showsContent);
            case SequenceStart sequence:
                CheckDepth(sequence, file, depth);
                parser.MoveNext();
                var items = new List<YamlValue>();
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    items.Add(ReadNode(parser, file, depth + 1, showsContent));
                }

                return new YamlList(sequence.Start, items);
            default:
                throw At(current, file, $"malformed YAML: unexpected {current.GetType().Name} ({ExpectedYaml})");
        }
    }

    private static YamlMapping ReadMapping(IParser parser, string file, int depth, Mark start, bool showsContent)
    {
        var entries = new List<KeyValuePair<YamlScalar, YamlValue>>();
        var seen = new Dictionary<string, YamlScalar>(StringComparer.Ordinal);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var node = ReadNode(parser, file, depth + 1, showsContent);
            if (node is not YamlScalar key || key.IsNull)
            {
                throw new ScenarioException(
                    file, node.Line, node.Column,
                    "a key that is not a name (expected snake_case names such as 'id' or 'title' as keys)");
            }

            if (seen.TryGetValue(key.Value, out var first))
            {
                throw new ScenarioException(
                    file, key.Line, key.Column,
                    $"duplicate key {Quote(key.Value, showsContent)} (expected each key once in a mapping; first at line {first.Line})");
            }

            seen.Add(key.Value, key);
            entries.Add(new(key, ReadNode(parser, file, depth + 1, showsContent)));
        }

        return new YamlMapping(start, entries);
    }

    private static void Refuse(ParsingEvent current, string file, bool showsContent)
    {
        if (current is AnchorAlias)
        {
            throw At(current, file, "YAML aliases (*name) are not allowed in scenario files (expected every value written out; "
                + "aliases can expand a small file into a huge document, so the reader refuses them)");
        }

        if (current is NodeEvent node)
        {
            if (!node.Anchor.IsEmpty)
            {
                throw At(current, file, $"YAML anchor {Quote($"&{node.Anchor}", showsContent)} is not allowed in scenario files (expected every value written out; "
                    + "anchors and aliases can expand a small file into a huge document, so the reader refuses them)");
            }

            if (!node.Tag.IsEmpty && !node.Tag.IsNonSpecific)
            {
                throw At(current, file, $"YAML tag {Quote(node.Tag.ToString(), showsContent)} is not allowed in scenario files (expected plain values without '!' tags)");
            }
        }
    }

    private static void CheckDepth(ParsingEvent start, string file, int depth)
    {
        if (depth > ScenarioFormat.MaxNestingDepth)
        {
            throw At(start, file, $"nesting deeper than {ScenarioFormat.MaxNestingDepth} levels (expected at most {ScenarioFormat.MaxNestingDepth} "
                + "mappings and lists inside one another; the reader refuses deeper files so that a hostile file cannot exhaust it)");
        }
    }

    private static string Quote(string text, bool showsContent) => showsContent ? $"'{YamlScalar.Shorten(text)}'" : Reading.ReadContext.NotShown;

    private static ScenarioException At(ParsingEvent at, string file, string problem) =>
        new(file, (int)at.Start.Line, (int)at.Start.Column, problem);

    /// <summary>YamlDotNet's message without its "(Line: 1, Col: 2, Idx: 3) - (…): " prefix; the position is in the error already.</summary>
    private static string Clean(string message)
    {
        var text = Location().Replace(message, string.Empty).Trim();
        return text.Length == 0 ? "the YAML cannot be parsed" : char.ToLowerInvariant(text[0]) + text[1..].TrimEnd('.');
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex Location();
}
