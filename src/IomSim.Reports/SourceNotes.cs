using System.Xml.Linq;
using IomSim.Engine.Comparison;
using IomSim.Reports.Markup;

namespace IomSim.Reports;

/// <summary>Numbers the sources the report cites, once each across the page, and lists them at the end.</summary>
public sealed class SourceNotes
{
    private readonly CitedSources _sources = new();

    /// <summary>The number of <paramref name="source"/>, giving it the next one if new.</summary>
    public int Of(string source) => _sources.Of(source);

    /// <summary>A link to the note of <paramref name="source"/>: <c>[n]</c>.</summary>
    public XElement Cite(string source)
    {
        var n = Figures.Whole(Of(source));
        return Html.El("a", Html.Class("cite"), new XAttribute("href", $"#source-{n}"), $"[{n}]");
    }

    /// <summary>How many sources are cited.</summary>
    public int Count => _sources.InOrder.Count;

    /// <summary>The list of sources, numbered as cited.</summary>
    public XElement Render() =>
        Html.El("ol", Html.Class("sources"), _sources.InOrder.Select((s, i) => Html.El("li", new XAttribute("id", $"source-{Figures.Whole(i + 1)}"), s)));
}
