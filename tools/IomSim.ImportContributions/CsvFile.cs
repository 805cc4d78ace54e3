using CsvHelper;

namespace IomSim.ImportContributions;

/// <summary>
/// Reads a CSV file with a header through CsvHelper, every field as text: no value is read as missing, quoted names
/// with commas stay whole, and structural problems become an <see cref="ImportException"/> with file and line.
/// </summary>
internal static class CsvFile
{
    private static readonly CsvReaderOptions s_options = CsvReaderOptions.Default with
    {
        Separator = ',',
        HasHeader = true,
        TrackLineNumbers = true,
        SkipEmptyLines = true,
        TrimWhitespace = false,
        NullValues = null,
        MalformedData = CsvMalformedDataHandling.Throw,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        DetectSeparatorHint = false,
    };

    /// <summary>Reads a file on disk; <paramref name="display"/> names it in errors.</summary>
    public static IReadOnlyList<CsvLine> ReadFile(string path, string display, IReadOnlyList<string> columns)
    {
        if (!File.Exists(path))
        {
            throw new ImportException(display, 0, null, $"the file does not exist (looked for {path}).");
        }

        try
        {
            using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
            return Read(reader, display, columns);
        }
        catch (IOException exception)
        {
            throw new ImportException(display, 0, null, $"the file cannot be read: {exception.Message}", exception);
        }
        catch (UnauthorizedAccessException exception)
        {
            throw new ImportException(display, 0, null, $"the file cannot be read: {exception.Message}", exception);
        }
    }

    /// <summary>Reads CSV text, requiring <paramref name="columns"/> in the header.</summary>
    public static IReadOnlyList<CsvLine> Read(TextReader text, string display, IReadOnlyList<string> columns)
    {
        using var csv = CsvReader.Create(text, s_options, leaveOpen: true);
        var rows = new List<CsvLine>();
        try
        {
            var header = csv.Headers.ToArray();
            if (header.Length == 0 || (header.Length == 1 && header[0].Length == 0))
            {
                throw new ImportException(display, 1, null, "the file is empty: a header row was expected.");
            }

            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                if (!index.TryAdd(header[i], i))
                {
                    throw new ImportException(display, 1, header[i], "the column appears twice in the header.");
                }
            }

            foreach (var column in columns)
            {
                if (!index.ContainsKey(column))
                {
                    throw new ImportException(display, 1, column, $"the header lacks this column (it has: {string.Join(", ", header)}).");
                }
            }

            while (csv.Read())
            {
                if (csv.FieldCount != header.Length)
                {
                    throw new ImportException(display, csv.LineNumber, null, $"the row has {csv.FieldCount} fields where the header has {header.Length} (quote names that contain commas).");
                }

                var fields = new string[csv.FieldCount];
                for (var i = 0; i < fields.Length; i++)
                {
                    fields[i] = csv.GetString(i);
                }

                rows.Add(new CsvLine(display, csv.LineNumber, index, fields));
            }
        }
        catch (CsvFormatException exception)
        {
            throw new ImportException(display, exception.LineNumber, null, $"the CSV is malformed: {exception.Message}", exception);
        }

        return rows;
    }
}
