using System.Text;

namespace IomSim.Cli.Output;

/// <summary>Columns aligned with spaces; columns flagged numeric are right-aligned. The last column is never padded.</summary>
internal sealed class TextTable
{
    private readonly string[] _headers;
    private readonly bool[] _numeric;
    private readonly List<string[]> _rows = [];

    /// <summary>A table with these headers; a header starting with <c>&gt;</c> marks a right-aligned column (the mark is not shown).</summary>
    public TextTable(params string[] headers)
    {
        _numeric = [.. headers.Select(h => h.StartsWith('>'))];
        _headers = [.. headers.Select(h => h.TrimStart('>'))];
    }

    /// <summary>Adds a row (as many cells as headers).</summary>
    public TextTable Add(params string[] cells)
    {
        if (cells.Length != _headers.Length)
        {
            throw new ArgumentException($"A row needs {_headers.Length} cells, not {cells.Length}.", nameof(cells));
        }

        _rows.Add(cells);
        return this;
    }

    /// <summary>The table, each line starting with <paramref name="indent"/> and ending with a newline.</summary>
    public string Render(string indent = "")
    {
        var widths = _headers.Select((h, i) => _rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        var text = new StringBuilder();
        foreach (var row in _rows.Prepend(_headers))
        {
            var line = new StringBuilder(indent);
            for (var i = 0; i < row.Length; i++)
            {
                var last = i == row.Length - 1;
                var cell = _numeric[i] ? row[i].PadLeft(widths[i]) : last ? row[i] : row[i].PadRight(widths[i]);
                line.Append(cell);
                if (!last)
                {
                    line.Append("  ");
                }
            }

            text.Append(line.ToString().TrimEnd()).Append('\n');
        }

        return text.ToString();
    }
}
