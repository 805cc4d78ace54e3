using IomSim.Scenarios.Yaml;

namespace IomSim.Scenarios.Reading;

/// <summary>A mapping of the scenario file whose keys have been checked against the allowed ones.</summary>
internal sealed class Fields
{
    private readonly ReadContext _context;

    public Fields(ReadContext context, YamlValue node, string what, IReadOnlyList<string> allowed)
    {
        _context = context;
        What = what;
        Node = node as YamlMapping
            ?? throw context.Error(node, $"{what} is {context.Describe(node)} (expected a mapping with the keys: {string.Join(", ", allowed)})");
        foreach (var (key, _) in Node.Entries)
        {
            if (!allowed.Contains(key.Value, StringComparer.Ordinal))
            {
                throw context.Error(
                    key, $"unknown key {context.Quote(key.Value)} in {what} (expected one of: {string.Join(", ", allowed)})");
            }
        }
    }

    private Fields(ReadContext context, YamlMapping node, string what)
    {
        _context = context;
        Node = node;
        What = what;
    }

    /// <summary>What the mapping is, for messages ("the scenario", "item 'russia-2020/admission'").</summary>
    public string What { get; }

    /// <summary>The mapping.</summary>
    public YamlMapping Node { get; }

    /// <summary>The same mapping, named <paramref name="what"/> in messages (once its id or name is known).</summary>
    public Fields Named(string what) => new(_context, Node, what);

    /// <summary>The value under <paramref name="key"/>, or null when the key is absent or its value is empty.</summary>
    public YamlValue? Optional(string key) => Node.Find(key) is { } value and not YamlScalar { IsNull: true } ? value : null;

    /// <summary>The value under <paramref name="key"/>; fails when it is absent or empty.</summary>
    public YamlValue Required(string key, string expected)
    {
        var value = Node.Find(key)
            ?? throw _context.Error(Node, $"missing required field '{key}' in {What} (expected {key}: {expected})");
        return value is YamlScalar { IsNull: true }
            ? throw _context.Error(value, $"{key} is empty (expected {expected})")
            : value;
    }

    /// <summary>The key node of <paramref name="key"/>, for errors about the key itself.</summary>
    public YamlScalar? Key(string key) => Node.Entries.FirstOrDefault(e => string.Equals(e.Key.Value, key, StringComparison.Ordinal)).Key;
}
