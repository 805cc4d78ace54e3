using YamlDotNet.Core;

namespace IomSim.Scenarios.Yaml;

/// <summary>A list (<c>- item</c> lines or <c>[a, b]</c>).</summary>
internal sealed class YamlList : YamlValue
{
    public YamlList(Mark start, IReadOnlyList<YamlValue> items)
        : base(start)
    {
        Items = items;
    }

    /// <summary>The items, in file order.</summary>
    public IReadOnlyList<YamlValue> Items { get; }

    /// <inheritdoc />
    public override string Description => "a list";
}
