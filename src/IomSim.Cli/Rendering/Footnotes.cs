using System.Text;

namespace IomSim.Cli.Rendering;

/// <summary>Numbers long source citations so a table can point to them as <c>[1]</c>, and lists them once.</summary>
internal sealed class Footnotes
{
    private readonly List<string> _sources = [];

    /// <summary>The number of <paramref name="source"/>, giving it the next one if new.</summary>
    public int Of(string source)
    {
        var index = _sources.IndexOf(source);
        if (index < 0)
        {
            _sources.Add(source);
            index = _sources.Count - 1;
        }

        return index + 1;
    }

    /// <summary>The list: <c>[1] source</c>, one per line.</summary>
    public string Render(string indent)
    {
        var text = new StringBuilder();
        for (var i = 0; i < _sources.Count; i++)
        {
            text.Append($"{indent}[{i + 1}] {_sources[i]}\n");
        }

        return text.ToString();
    }
}
