using System.Globalization;
using System.Text;
using CsvHelper;

namespace IomSim.Results.Export;

/// <summary>A per-run table as CSV through CsvHelper: a header row, RFC 4180 quoting, <c>\n</c> line ends, UTF-8 without a byte-order mark.</summary>
public sealed class CsvTableWriter : ITableWriter
{
    private readonly string _path;
    private readonly string _temporary;
    private readonly int _columns;
    private readonly CsvWriter _csv;
    private long _rows;
    private bool _completed;

    /// <summary>Starts the table at <paramref name="path"/> with <paramref name="columns"/>.</summary>
    public CsvTableWriter(string path, IReadOnlyList<TableColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        _path = Path.GetFullPath(path);
        _temporary = PerRunFile.TemporaryPath(_path);
        _columns = columns.Count;
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        var writer = new StreamWriter(_temporary, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        _csv = CsvWriter.Create(writer, new CsvWriterOptions { NewLine = "\n", FormatProvider = CultureInfo.InvariantCulture }, leaveOpen: false);
        _csv.WriteHeader([.. columns.Select(c => c.Name)]);
    }

    /// <inheritdoc />
    public void Add(object?[] row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.Length != _columns)
        {
            throw new ArgumentException($"A row of {row.Length} cells for {_columns} columns.", nameof(row));
        }

        foreach (var cell in row)
        {
            _csv.WriteField(CellText.Of(cell));
        }

        _csv.EndRecord();
        _rows++;
    }

    /// <inheritdoc />
    public long Complete()
    {
        _csv.Flush();
        _csv.Dispose();
        _completed = true;
        File.Move(_temporary, _path, overwrite: true);
        return _rows;
    }

    /// <summary>Closes the file; without <see cref="Complete"/>, removes it.</summary>
    public void Dispose()
    {
        if (!_completed)
        {
            _csv.Dispose();
            File.Delete(_temporary);
            _completed = true;
        }
    }
}
