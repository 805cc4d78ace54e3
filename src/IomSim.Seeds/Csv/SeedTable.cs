using System.Collections.Immutable;
using CsvHelper;

namespace IomSim.Seeds.Csv;

/// <summary>A seed CSV file read as text: every field a string (so Namibia's <c>NA</c> stays <c>NA</c>), each row with its line.</summary>
internal sealed class SeedTable
{
    private SeedTable(string file, ImmutableArray<SeedRow> rows, IReadOnlySet<string> header)
    {
        File = file;
        Rows = rows;
        _header = header;
    }

    private readonly IReadOnlySet<string> _header;

    /// <summary>Whether the header has every one of <paramref name="columns"/> (for optional columns).</summary>
    public bool Has(params ReadOnlySpan<string> columns)
    {
        foreach (var column in columns)
        {
            if (!_header.Contains(column))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The file as errors name it.</summary>
    public string File { get; }

    /// <summary>The data rows.</summary>
    public ImmutableArray<SeedRow> Rows { get; }

    /// <summary>Reads <paramref name="text"/>, requiring <paramref name="columns"/> in the header.</summary>
    public static SeedTable Read(TextReader text, string file, IReadOnlyList<string> columns)
    {
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            TrimWhitespace = false,
            MalformedData = CsvMalformedDataHandling.Throw,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
        };
        try
        {
            using var reader = CsvReader.Create(text, options, leaveOpen: true);
            var header = reader.Headers.ToArray();
            if (header.Length == 0)
            {
                throw new SeedDataException(file, 1, columns[0], $"the file is empty (expected a header: {string.Join(',', columns)})");
            }

            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                if (!index.TryAdd(header[i], i))
                {
                    throw new SeedDataException(file, 1, header[i], "the column appears twice in the header");
                }
            }

            foreach (var column in columns)
            {
                if (!index.ContainsKey(column))
                {
                    throw new SeedDataException(file, 1, column, $"missing column (expected a header with: {string.Join(',', columns)})");
                }
            }

            var rows = ImmutableArray.CreateBuilder<SeedRow>();
            while (reader.Read())
            {
                var line = (int)reader.LineNumber;
                if (reader.FieldCount != header.Length)
                {
                    throw new SeedDataException(file, line, columns[0], $"the row has {reader.FieldCount} fields; the header has {header.Length} (quote fields that contain commas)");
                }

                var fields = new string[reader.FieldCount];
                for (var i = 0; i < fields.Length; i++)
                {
                    fields[i] = reader.GetString(i) ?? string.Empty;
                }

                rows.Add(new SeedRow(file, line, index, fields));
            }

            return new SeedTable(file, rows.ToImmutable(), index.Keys.ToHashSet(StringComparer.Ordinal));
        }
        catch (CsvFormatException e)
        {
            throw new SeedDataException(file, (int)e.LineNumber, columns[0], $"the CSV cannot be parsed: {e.Message}", e);
        }
    }
}
