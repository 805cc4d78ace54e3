using System.Globalization;
using System.Xml.Linq;
using IomSim.Reports.Markup;

namespace IomSim.Reports.Tests;

/// <summary>Reading back what a chart drew: its SVG elements by name and class, and their numeric attributes.</summary>
internal static class Drawn
{
    /// <summary>The SVG elements named <paramref name="name"/> whose class list holds <paramref name="cssClass"/>.</summary>
    public static XElement[] Elements(XElement chart, string name, string cssClass) =>
        [.. chart.Descendants(Svg.Ns + name).Where(e => ((string?)e.Attribute("class") ?? string.Empty).Split(' ').Contains(cssClass))];

    /// <summary>A numeric attribute.</summary>
    public static double Number(XElement element, string attribute) =>
        double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);

    /// <summary>The element's hover text.</summary>
    public static string Tip(XElement element) => element.Element(Svg.Ns + "title")!.Value;

    /// <summary>Whether the chart has a legend with at least one key.</summary>
    public static bool HasLegend(XElement chart) => Elements(chart, "g", "legend").Any(l => l.Elements().Any());
}
