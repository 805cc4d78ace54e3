using Spectre.Console;
using Spectre.Console.Rendering;

namespace IomSim.Cli.Output;

/// <summary>
/// Columns aligned with spaces, two between columns; columns flagged numeric are right-aligned; no line ends in spaces.
/// Laid out by Spectre.Console's <see cref="Table"/> without borders, colour or wrapping, rendered as plain text: the
/// table is the result itself (standard output, <c>--out</c> files, pipes), so it is the same bytes wherever it goes.
/// </summary>
internal sealed class TextTable
{
    // Wide enough that no cell is ever wrapped: a result's lines are as long as their content needs.
    private const int UnboundedWidth = 1_000_000;

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
        var table = new Table { Border = TableBorder.None, ShowHeaders = true };
        for (var i = 0; i < _headers.Length; i++)
        {
            // Cells are plain Text, never markup: '[1]' is a footnote mark, not a style.
            table.AddColumn(new TableColumn(new Text(_headers[i]))
            {
                Padding = new Padding(0, 0, i == _headers.Length - 1 ? 0 : 2, 0),
                NoWrap = true,
                Alignment = _numeric[i] ? Justify.Right : Justify.Left,
            });
        }

        foreach (var row in _rows)
        {
            // Control characters escaped before the layout, so that the columns still line up.
            table.AddRow(row.Select(cell => (IRenderable)new Text(TerminalText.Escape(cell))).ToArray());
        }

        using var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = UnboundedWidth;
        console.Write(table);
        var lines = writer.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        return string.Concat(lines.Select(line => $"{indent}{line}".TrimEnd() + "\n"));
    }
}
