using System.Globalization;
using IomSim.Domain.World;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace IomSim.Seeds.Yaml;

/// <summary>A YAML mapping with checked accessors that fail with file, line and the field's path.</summary>
internal sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly HashSet<string> _allowed;

    public YamlMap(string file, string path, YamlNode node, IEnumerable<string> allowedKeys)
    {
        File = file;
        Path = path;
        _allowed = new HashSet<string>(allowedKeys, StringComparer.Ordinal);
        _node = node as YamlMappingNode ?? throw At(node, path, "is not a mapping (expected key: value lines)");
        foreach (var key in _node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!_allowed.Contains(name))
            {
                throw At(key, Field(name), $"unknown key (expected one of: {string.Join(", ", _allowed.Order(StringComparer.Ordinal))})");
            }
        }
    }

    /// <summary>The root mapping of <paramref name="text"/>, which must hold exactly one YAML document.</summary>
    /// <exception cref="SeedDataException">The YAML cannot be parsed, holds other than one document, or its root is not a mapping of <paramref name="rootKeys"/>.</exception>
    public static YamlMap ReadDocument(TextReader text, string file, IEnumerable<string> rootKeys)
    {
        var stream = new YamlStream();
        try
        {
            // YamlStream builds its tree recursively: a deep enough nesting would overflow the stack, which no handler catches.
            var yaml = text.ReadToEnd();
            CheckDepth(yaml, file);
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new SeedDataException(file, (int)e.Start.Line, "(yaml)", $"the YAML cannot be parsed: {e.Message}", e);
        }

        return stream.Documents.Count == 1
            ? new YamlMap(file, string.Empty, stream.Documents[0].RootNode, rootKeys)
            : throw new SeedDataException(file, 1, "(yaml)", $"expected one YAML document, found {stream.Documents.Count}");
    }

    public string File { get; }

    // The parser's events come one at a time (no recursion), so counting them is safe at any depth.
    private static void CheckDepth(string yaml, string file)
    {
        var parser = new Parser(new StringReader(yaml));
        var depth = 0;
        while (parser.MoveNext())
        {
            if (parser.Current is MappingStart or SequenceStart && ++depth > SeedFiles.MaxNestingDepth)
            {
                throw new SeedDataException(file, (int)parser.Current.Start.Line, "(yaml)", $"nesting deeper than {SeedFiles.MaxNestingDepth} levels "
                    + $"(expected at most {SeedFiles.MaxNestingDepth} mappings and lists inside one another)");
            }

            if (parser.Current is MappingEnd or SequenceEnd)
            {
                depth--;
            }
        }
    }

    public string Path { get; }

    public int Line => LineOf(_node);

    public static int LineOf(YamlNode node) => (int)node.Start.Line;

    public string Field(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    public SeedDataException Error(string key, string problem) =>
        new(File, Find(key) is { } node ? LineOf(node) : Line, Field(key), problem);

    public SeedDataException At(YamlNode node, string field, string problem) => new(File, LineOf(node), field, problem);

    public YamlNode? Find(string key) =>
        _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public string? OptionalText(string key)
    {
        var node = Find(key);
        if (node is null)
        {
            return null;
        }

        return node is YamlScalarNode scalar
            ? (string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value)
            : throw At(node, Field(key), "is not a single value");
    }

    public string Text(string key, string what) =>
        OptionalText(key) ?? throw Error(key, $"is missing or empty (expected {what})");

    public string Source(string key = "source") => Text(key, "a source");

    public DateOnly Day(string key)
    {
        var text = Text(key, "a date YYYY-MM-DD");
        return PartialDate.TryParse(text, out var date) && !date.IsYearOnly
            ? date.Earliest
            : throw Error(key, $"'{text}' is not a date (expected YYYY-MM-DD)");
    }

    public bool Flag(string key) => Text(key, "true or false") switch
    {
        "true" => true,
        "false" => false,
        var other => throw Error(key, $"'{other}' is not true or false"),
    };

    public int? OptionalCount(string key)
    {
        var text = OptionalText(key);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(key, $"'{text}' is not a whole number of at least 0");
    }

    public int Count(string key) => OptionalCount(key) ?? throw Error(key, "is missing (expected a whole number of at least 0)");

    public int Year(string key)
    {
        var text = Text(key, $"a year from {SeedYears.First} to {SeedYears.Last}");
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && SeedYears.Contains(year)
            ? year
            : throw Error(key, $"'{text}' is not a year from {SeedYears.First} to {SeedYears.Last}");
    }

    public decimal Decimal(string key)
    {
        var text = Text(key, "a decimal number");
        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(key, $"'{text}' is not a number (expected a decimal number such as 0.75 or 7300000)");
    }

    public StateCode? OptionalState(string key, IReadOnlySet<StateCode> states)
    {
        var node = Find(key);
        return node is null ? null : State(node, Field(key), states);
    }

    /// <summary>A sequence of items (empty when the key is absent).</summary>
    public IReadOnlyList<(YamlNode Node, string Path)> Items(string key)
    {
        var node = Find(key);
        if (node is null)
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            throw At(node, Field(key), "is not a list (expected [a, b] or lines starting with '- ')");
        }

        return [.. sequence.Children.Select((item, i) => (item, $"{Field(key)}[{i}]"))];
    }

    /// <summary>A list of state codes, each in <paramref name="states"/>, none twice.</summary>
    public IReadOnlyList<StateCode> States(string key, IReadOnlySet<StateCode> states)
    {
        var codes = new List<StateCode>();
        foreach (var (node, path) in Items(key))
        {
            var code = State(node, path, states);
            if (codes.Contains(code))
            {
                throw At(node, path, $"duplicate entry: {code} is already in the list");
            }

            codes.Add(code);
        }

        return codes;
    }

    public RecordedVote Vote(string key) => Text(key, "yes, no, abstain or not-voting") switch
    {
        "yes" => RecordedVote.Yes,
        "no" => RecordedVote.No,
        "abstain" => RecordedVote.Abstain,
        "not-voting" => RecordedVote.NotVoting,
        var other => throw Error(key, $"'{other}' is not a vote (expected yes, no, abstain or not-voting)"),
    };

    private StateCode State(YamlNode node, string path, IReadOnlySet<StateCode> states)
    {
        var text = (node as YamlScalarNode)?.Value ?? string.Empty;
        if (text.Length != 3 || !text.All(char.IsAsciiLetterUpper) || !StateCode.TryParse(text, out var code))
        {
            throw At(node, path, $"'{text}' is not a state code (expected three capital letters, ISO 3166-1 alpha-3)");
        }

        return states.Contains(code) ? code : throw At(node, path, $"'{text}' is not a state in seeds/{SeedFiles.States}");
    }
}
