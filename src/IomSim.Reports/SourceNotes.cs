using System.Xml.Linq;
using IomSim.Reports.Markup;

namespace IomSim.Reports;

/// <summary>Numbers the sources the report cites, once each across the page, and lists them at the end.</summary>
public sealed class SourceNotes
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

    /// <summary>A link to the note of <paramref name="source"/>: <c>[n]</c>.</summary>
    public XElement Cite(string source)
    {
        var n = Figures.Whole(Of(source));
        return Html.El("a", Html.Class("cite"), new XAttribute("href", $"#source-{n}"), $"[{n}]");
    }

    /// <summary>How many sources are cited.</summary>
    public int Count => _sources.Count;

    /// <summary>The list of sources, numbered as cited.</summary>
    public XElement Render() =>
        Html.El("ol", Html.Class("sources"), _sources.Select((s, i) => Html.El("li", new XAttribute("id", $"source-{Figures.Whole(i + 1)}"), s)));
}
