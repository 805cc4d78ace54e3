using System.Xml.Linq;

namespace IomSim.Reports.Markup;

/// <summary>Builds XHTML elements (the page is well-formed XML, so XML tools can read it, and valid HTML for browsers).</summary>
public static class Html
{
    /// <summary>The XHTML namespace.</summary>
    public static readonly XNamespace Ns = "http://www.w3.org/1999/xhtml";

    /// <summary>An element named <paramref name="name"/> with <paramref name="content"/> (attributes, elements, text).</summary>
    public static XElement El(string name, params object?[] content) => new(Ns + name, content);

    /// <summary>A class attribute.</summary>
    public static XAttribute Class(string value) => new("class", value);

    /// <summary>A table with a header row of <paramref name="columns"/> (a leading <c>&gt;</c> aligns a column right) and <paramref name="rows"/>.</summary>
    public static XElement Table(IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<object?>> rows, string? caption = null)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var numeric = columns.Select(c => c.StartsWith('>')).ToArray();
        return El(
            "table",
            caption is null ? null : El("caption", caption),
            El("thead", El("tr", columns.Select((c, i) => El("th", new XAttribute("scope", "col"), numeric[i] ? Class("num") : null, numeric[i] ? c[1..] : c)))),
            El("tbody", rows.Select(row => El("tr", row.Select((cell, i) => El("td", i < numeric.Length && numeric[i] ? Class("num") : null, cell))))));
    }
}
