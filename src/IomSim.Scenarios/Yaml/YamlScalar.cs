using YamlDotNet.Core;

namespace IomSim.Scenarios.Yaml;

/// <summary>A single value: plain (<c>0.3</c>, <c>UKR</c>, <c>true</c>) or quoted/block text.</summary>
internal sealed class YamlScalar : YamlValue
{
    public YamlScalar(Mark start, string value, bool isPlain)
        : base(start)
    {
        Value = value;
        IsPlain = isPlain;
    }

    /// <summary>The text as written (quotes removed).</summary>
    public string Value { get; }

    /// <summary>True when written without quotes or block indicators: only plain values can be numbers, booleans or null.</summary>
    public bool IsPlain { get; }

    /// <summary>True for YAML's null: an empty plain value, <c>~</c> or <c>null</c>.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    /// <inheritdoc />
    public override string Description => IsNull ? "an empty value" : $"the value '{Shorten(Value)}'";

    /// <summary>The value cut to 40 characters, for messages.</summary>
    public static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 37), "...");
}
