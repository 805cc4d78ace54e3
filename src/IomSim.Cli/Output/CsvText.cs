using System.Text;

namespace IomSim.Cli.Output;

/// <summary>CSV as RFC 4180 writes it (comma, double quotes where needed), with <c>\n</c> line ends.</summary>
internal sealed class CsvText
{
    private readonly StringBuilder _text = new();

    /// <summary>Starts the text with its header row.</summary>
    public CsvText(params string[] header) => Row(header);

    /// <summary>Adds a row.</summary>
    public CsvText Row(params string[] cells)
    {
        _text.AppendJoin(',', cells.Select(Escape)).Append('\n');
        return this;
    }

    /// <inheritdoc />
    public override string ToString() => _text.ToString();

    private static string Escape(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
}
