using System.Xml.Linq;

namespace IomSim.Reports.Markup;

/// <summary>Builds SVG elements; LINQ to XML escapes every text and attribute, so names such as <c>&lt;&amp;"</c> are safe.</summary>
public static class Svg
{
    /// <summary>The SVG namespace.</summary>
    public static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    /// <summary>An SVG element named <paramref name="name"/> with <paramref name="content"/> (attributes, elements, text).</summary>
    public static XElement El(string name, params object?[] content) => new(Ns + name, content);

    /// <summary>An attribute whose value is a number, written invariantly.</summary>
    public static XAttribute At(string name, double value) => new(name, Figures.Coordinate(value));

    /// <summary>An attribute with a text value.</summary>
    public static XAttribute At(string name, string value) => new(name, value);

    /// <summary>The root of a chart: scales to its container's width, labelled for screen readers by <paramref name="label"/>.</summary>
    public static XElement Root(double width, double height, string cssClass, string label, params object?[] content) =>
        El(
            "svg",
            new XAttribute("xmlns", Ns.NamespaceName),
            At("viewBox", $"0 0 {Figures.Coordinate(width)} {Figures.Coordinate(height)}"),
            At("class", "chart " + cssClass),
            At("role", "img"),
            At("aria-label", label),
            El("title", label),
            content);

    /// <summary>A text label at (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public static XElement Text(double x, double y, string text, string? cssClass = null, string anchor = "start") =>
        El("text", At("x", x), At("y", y), cssClass is null ? null : At("class", cssClass), anchor == "start" ? null : At("text-anchor", anchor), text);

    /// <summary>A rectangle.</summary>
    public static XElement Rect(double x, double y, double width, double height, string fill, params object?[] content) =>
        El("rect", At("x", x), At("y", y), At("width", Math.Max(0, width)), At("height", Math.Max(0, height)), At("fill", fill), content);

    /// <summary>A straight line.</summary>
    public static XElement Line(double x1, double y1, double x2, double y2, string cssClass) =>
        El("line", At("x1", x1), At("y1", y1), At("x2", x2), At("y2", y2), At("class", cssClass));

    /// <summary>Hover text: the SVG <c>title</c> child a browser shows as a tooltip.</summary>
    public static XElement Tip(string text) => El("title", text);
}
