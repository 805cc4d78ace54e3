using YamlDotNet.Core;

namespace IomSim.Scenarios.Yaml;

/// <summary>A node of a scenario file's YAML tree, with the 1-based line and column where it starts.</summary>
internal abstract class YamlValue
{
    protected YamlValue(Mark start)
    {
        Line = (int)start.Line;
        Column = (int)start.Column;
    }

    /// <summary>1-based line.</summary>
    public int Line { get; }

    /// <summary>1-based column.</summary>
    public int Column { get; }

    /// <summary>What the node is, for messages: "a mapping", "a list", "the text 'abc'".</summary>
    public abstract string Description { get; }
}
