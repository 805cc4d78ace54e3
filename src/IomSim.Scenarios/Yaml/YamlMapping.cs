using YamlDotNet.Core;

namespace IomSim.Scenarios.Yaml;

/// <summary>A mapping (<c>key: value</c> lines or <c>{ key: value }</c>), keys in file order, each key once.</summary>
internal sealed class YamlMapping : YamlValue
{
    public YamlMapping(Mark start, IReadOnlyList<KeyValuePair<YamlScalar, YamlValue>> entries)
        : base(start)
    {
        Entries = entries;
    }

    /// <summary>The entries, in file order.</summary>
    public IReadOnlyList<KeyValuePair<YamlScalar, YamlValue>> Entries { get; }

    /// <inheritdoc />
    public override string Description => "a mapping (key: value lines)";

    /// <summary>The value under <paramref name="key"/>, or null.</summary>
    public YamlValue? Find(string key)
    {
        foreach (var entry in Entries)
        {
            if (string.Equals(entry.Key.Value, key, StringComparison.Ordinal))
            {
                return entry.Value;
            }
        }

        return null;
    }
}
