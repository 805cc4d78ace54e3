using System.Text;
using System.Xml;
using System.Xml.Linq;
using IomSim.Reports.Markup;
using IomSim.Reports.Sections;

namespace IomSim.Reports;

/// <summary>
/// The whole report as one self-contained page: inline CSS, inline SVG charts with hover text, no script and nothing
/// fetched, so it opens offline and prints. It is written as XHTML-compatible HTML (well-formed XML that browsers read
/// as HTML), with no timestamp: the same runs give the same bytes.
/// </summary>
public static class HtmlReport
{
    private static readonly HashSet<string> s_voidElements = new(StringComparer.Ordinal) { "meta", "br", "hr", "img", "link", "input", "col", "wbr" };

    /// <summary>The HTML text of the report on <paramref name="input"/>.</summary>
    public static string Render(ReportInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var notes = new SourceNotes();
        var result = input.Result;
        var items = result.Events.Select((item, i) => ItemSection.Render(input, item, i, notes)).ToArray();
        var funding = result.Funding.Select(year => FundingSection.Render(year, result.Runs, notes)).ToArray();
        var contents = new List<XElement> { Entry("membership", "Membership") };
        contents.AddRange(result.Events.Select((item, i) => Entry($"item-{Figures.Whole(i + 1)}", item.Title)));
        contents.AddRange(result.Funding.Select(y => Entry($"funding-{Figures.Whole(y.Year)}", $"Budget year {Figures.Whole(y.Year)}")));
        if (input.Baseline is not null)
        {
            contents.Add(Entry("counterfactual", "Beside the baseline"));
        }

        if (notes.Count > 0)
        {
            contents.Add(Entry("sources", "Notes and references"));
        }

        var page = Html.El(
            "html",
            new XAttribute("lang", "en"),
            Html.El(
                "head",
                Html.El("meta", new XAttribute("charset", "utf-8")),
                Html.El("meta", new XAttribute("name", "viewport"), new XAttribute("content", "width=device-width, initial-scale=1")),
                Html.El("meta", new XAttribute("name", "generator"), new XAttribute("content", $"iomsim {result.Version}")),
                Html.El("title", $"{result.Title} · IomSim report"),
                Html.El("style", ReportStyle.Css)),
            Html.El(
                "body",
                Html.El(
                    "main",
                    HeaderSection.Render(input),
                    Html.El("nav", new XAttribute("aria-label", "Contents"), Html.El("h2", "Contents"), Html.El("ol", contents)),
                    MembershipSection.Render(input),
                    items,
                    funding,
                    input.Baseline is { } baseline ? CounterfactualSection.Render(baseline, result) : null,
                    notes.Count == 0 ? null : Html.El("section", new XAttribute("id", "sources"), Html.El("h2", "Notes and references"), notes.Render()),
                    Html.El(
                        "footer",
                        Html.El("p", $"Made by iomsim {result.Version} from scenario {result.Scenario} (seed {Figures.Seed(result.Seed)}, {Figures.Whole(result.Runs)} runs). Parameters: {result.ParametersText}. Simulated figures are model results, not the record; documented figures cite their sources.")))));
        return Serialize(page);
    }

    private static XElement Entry(string id, string text) => Html.El("li", Html.El("a", new XAttribute("href", "#" + id), text));

    // HTML parsers read <div/> as an open tag: every empty element that is not void gets an explicit end tag.
    private static string Serialize(XElement page)
    {
        foreach (var element in page.DescendantsAndSelf().Where(e => e.IsEmpty && e.Name.Namespace == Html.Ns && !s_voidElements.Contains(e.Name.LocalName)))
        {
            element.Value = string.Empty;
        }

        var text = new StringBuilder("<!DOCTYPE html>\n");
        var settings = new XmlWriterSettings { OmitXmlDeclaration = true, Indent = true, IndentChars = " ", NewLineChars = "\n", Encoding = new UTF8Encoding(false) };
        using (var writer = XmlWriter.Create(text, settings))
        {
            page.Save(writer);
        }

        return text.Append('\n').ToString();
    }
}
