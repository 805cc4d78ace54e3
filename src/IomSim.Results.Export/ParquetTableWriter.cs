using Parquet;
using Parquet.Schema;

namespace IomSim.Results.Export;

/// <summary>
/// A per-run table as Apache Parquet through Parquet.Net: one typed, nullable column per table column, rows written in
/// row groups of <see cref="RowGroupSize"/> rows as they come (so a table of millions of vote rows never sits in memory whole).
/// </summary>
public sealed class ParquetTableWriter : ITableWriter
{
    /// <summary>Rows per row group.</summary>
    public const int RowGroupSize = 65_536;

    private readonly string _path;
    private readonly string _temporary;
    private readonly IReadOnlyList<TableColumn> _columns;
    private readonly DataField[] _fields;
    private readonly FileStream _stream;
    private readonly ParquetWriter _writer;
    private readonly List<object?[]> _pending = new(RowGroupSize);
    private long _rows;
    private bool _completed;

    /// <summary>Starts the table at <paramref name="path"/> with <paramref name="columns"/>.</summary>
    public ParquetTableWriter(string path, IReadOnlyList<TableColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        _path = Path.GetFullPath(path);
        _temporary = PerRunFile.TemporaryPath(_path);
        _columns = columns;
        _fields = [.. columns.Select(Field)];
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        _stream = new FileStream(_temporary, FileMode.Create, FileAccess.ReadWrite, FileShare.None);
        _writer = ParquetWriter.CreateAsync(new ParquetSchema(_fields), _stream).GetAwaiter().GetResult();
    }

    /// <inheritdoc />
    public void Add(object?[] row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.Length != _columns.Count)
        {
            throw new ArgumentException($"A row of {row.Length} cells for {_columns.Count} columns.", nameof(row));
        }

        _pending.Add(row);
        if (_pending.Count == RowGroupSize)
        {
            Flush();
        }
    }

    /// <inheritdoc />
    public long Complete()
    {
        // A table with no rows still gets one (empty) row group, so that readers see its columns.
        if (_pending.Count > 0 || _rows == 0)
        {
            Flush();
        }

        _writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _stream.Dispose();
        _completed = true;
        File.Move(_temporary, _path, overwrite: true);
        return _rows;
    }

    /// <summary>Closes the file; without <see cref="Complete"/>, removes it.</summary>
    public void Dispose()
    {
        if (!_completed)
        {
            _completed = true;
            try
            {
                _writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
            finally
            {
                _stream.Dispose();
                File.Delete(_temporary);
            }
        }
    }

    private void Flush()
    {
        using (var group = _writer.CreateRowGroup())
        {
            for (var c = 0; c < _fields.Length; c++)
            {
                var field = _fields[c];
                switch (_columns[c].Type)
                {
                    case ColumnType.Text:
                        group.WriteAsync(field, _pending.Select(r => (string)r[c]!).ToArray()).GetAwaiter().GetResult();
                        break;
                    case ColumnType.Count:
                        Write<long>(group, field, c);
                        break;
                    case ColumnType.Seed:
                        Write<ulong>(group, field, c);
                        break;
                    case ColumnType.Number:
                        Write<double>(group, field, c);
                        break;
                    case ColumnType.Boolean:
                        Write<bool>(group, field, c);
                        break;
                    case ColumnType.Date:
                        Write<DateOnly>(group, field, c);
                        break;
                }
            }
        }

        _rows += _pending.Count;
        _pending.Clear();
    }

    private void Write<T>(ParquetRowGroupWriter group, DataField field, int column)
        where T : struct
    {
        var values = _pending.Select(r => r[column] is T value ? value : (T?)null).ToArray();
        group.WriteAsync<T>(field, values.AsMemory()).GetAwaiter().GetResult();
    }

    private static DataField Field(TableColumn column) => column.Type switch
    {
        ColumnType.Text => new DataField<string>(column.Name, true),
        ColumnType.Count => new DataField<long?>(column.Name),
        ColumnType.Seed => new DataField<ulong?>(column.Name),
        ColumnType.Number => new DataField<double?>(column.Name),
        ColumnType.Boolean => new DataField<bool?>(column.Name),
        ColumnType.Date => new DataField<DateOnly?>(column.Name),
        _ => throw new ArgumentOutOfRangeException(nameof(column), column.Type, "Unknown column type."),
    };
}
