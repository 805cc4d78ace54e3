using System.Text;
using IomSim.Engine.Comparison;

namespace IomSim.Cli.Rendering;

/// <summary>Numbers long source citations so a table can point to them as <c>[1]</c>, and lists them once.</summary>
internal sealed class Footnotes
{
    private readonly CitedSources _sources = new();

    /// <summary>The number of <paramref name="source"/>, giving it the next one if new.</summary>
    public int Of(string source) => _sources.Of(source);

    /// <summary>The list: <c>[1] source</c>, one per line.</summary>
    public string Render(string indent)
    {
        var text = new StringBuilder();
        var sources = _sources.InOrder;
        for (var i = 0; i < sources.Count; i++)
        {
            text.Append($"{indent}[{i + 1}] {sources[i]}\n");
        }

        return text.ToString();
    }
}
