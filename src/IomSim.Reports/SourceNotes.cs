using System.Xml.Linq;
using IomSim.Engine.Comparison;
using IomSim.Reports.Markup;
using IomSim.Reports.Sources;

namespace IomSim.Reports;

/// <summary>
/// Numbers the sources the report cites, once each across the page, and lists them at the end as notes in words
/// (no internal file names, <see cref="SourceText"/>) followed by the full references they draw on (<see cref="Bibliography"/>).
/// </summary>
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

    /// <summary>The notes, numbered as cited, then the references they cite, by author.</summary>
    public IEnumerable<XElement> Render()
    {
        var cited = _sources.InOrder.SelectMany(Bibliography.CitedBy).Distinct().OrderBy(r => Bibliography.All.ToList().IndexOf(r)).ToArray();
        yield return Html.El("ol", Html.Class("sources"), _sources.InOrder.Select((s, i) => Html.El("li", new XAttribute("id", $"source-{Figures.Whole(i + 1)}"), SourceText.Clean(s))));
        if (cited.Length == 0)
        {
            yield break;
        }

        yield return Html.El("h3", new XAttribute("id", "references"), "References");
        yield return Html.El("ul", Html.Class("references"), cited.Select(Entry));
    }

    // Author (date). Title. Note. URL — the address as text: the report links to nothing outside itself.
    private static XElement Entry(Reference r) => Html.El(
        "li",
        Html.El("span", Html.Class("key"), r.Key),
        $": {r.Author} ({r.Date}). ",
        Html.El("cite", r.Title),
        ".",
        r.Note is null ? null : $" {r.Note}",
        r.Url is null ? null : Html.El("span", Html.Class("url"), $" {r.Url}"));
}
