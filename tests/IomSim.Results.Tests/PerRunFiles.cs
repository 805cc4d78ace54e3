using CsvHelper;
using IomSim.Results.Export;
using Parquet;
using Parquet.Schema;

namespace IomSim.Results.Tests;

/// <summary>Per-run tables read back by the libraries a reader would use: CsvHelper for CSV, Parquet.Net for Parquet.</summary>
internal static class PerRunFiles
{
    /// <summary>A table read back: its column names and its rows, each cell as the CSV writes it (empty for null).</summary>
    internal sealed record Table(string[] Columns, List<string[]> Rows)
    {
        /// <summary>The cells of <paramref name="column"/>, row by row.</summary>
        public IEnumerable<string> Column(string column)
        {
            var index = Array.IndexOf(Columns, column);
            Assert.True(index >= 0, $"no column {column}");
            return Rows.Select(r => r[index]);
        }

        /// <summary>The rows where <paramref name="column"/> is <paramref name="value"/>.</summary>
        public Table Where(string column, string value)
        {
            var index = Array.IndexOf(Columns, column);
            return this with { Rows = [.. Rows.Where(r => r[index] == value)] };
        }
    }

    /// <summary>Reads a CSV table with CsvHelper.</summary>
    public static Table Csv(string path)
    {
        using var text = new StreamReader(path);
        using var reader = CsvReader.Create(text, null, leaveOpen: false);
        var rows = new List<string[]>();
        string[] columns = [.. reader.Headers];
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        return new Table(columns, rows);
    }

    /// <summary>Reads a Parquet table with Parquet.Net, every cell turned to text as the CSV writes it.</summary>
    public static Table Parquet(string path) => ParquetAsync(path).GetAwaiter().GetResult();

    private static async Task<Table> ParquetAsync(string path)
    {
        await using var stream = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(stream, new ParquetOptions { UseDateOnlyTypeForDates = true });
        var fields = reader.Schema.GetDataFields();
        var rows = new List<string[]>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var count = (int)group.RowCount;
            var columns = new object?[fields.Length][];
            for (var f = 0; f < fields.Length; f++)
            {
                columns[f] = await ReadAsync(group, fields[f], count);
            }

            rows.AddRange(Enumerable.Range(0, count).Select(r => columns.Select(c => CellText.Of(c[r])).ToArray()));
        }

        return new Table([.. fields.Select(f => f.Name)], rows);
    }

    private static async Task<object?[]> ReadAsync(ParquetRowGroupReader group, DataField field, int count)
    {
        if (field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>))
        {
            var text = new string?[count];
            await group.ReadAsync(field, text.AsMemory());
            return text;
        }

        return field.ClrType switch
        {
            var t when t == typeof(long) => await ValuesAsync<long>(group, field, count),
            var t when t == typeof(ulong) => await ValuesAsync<ulong>(group, field, count),
            var t when t == typeof(double) => await ValuesAsync<double>(group, field, count),
            var t when t == typeof(bool) => await ValuesAsync<bool>(group, field, count),
            var t when t == typeof(DateOnly) => await ValuesAsync<DateOnly>(group, field, count),
            var t => throw new InvalidOperationException($"unexpected column type {t} of {field.Name}"),
        };
    }

    private static async Task<object?[]> ValuesAsync<T>(ParquetRowGroupReader group, DataField field, int count)
        where T : struct
    {
        var values = new T?[count];
        await group.ReadAsync<T>(field, values.AsMemory());
        return [.. values.Select(v => v is { } value ? (object)value : null)];
    }
}
