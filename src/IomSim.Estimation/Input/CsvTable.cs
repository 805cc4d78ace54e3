using System.Globalization;
using CsvHelper;

namespace IomSim.Estimation.Input;

/// <summary>One data row of a CSV file, every field kept as text.</summary>
internal sealed class CsvRow
{
    private readonly IReadOnlyDictionary<string, int> _columns;
    private readonly string[] _fields;

    public CsvRow(string file, long line, IReadOnlyDictionary<string, int> columns, string[] fields)
    {
        File = file;
        Line = line;
        _columns = columns;
        _fields = fields;
    }

    /// <summary>The file the row comes from.</summary>
    public string File { get; }

    /// <summary>The line the row starts on, 1-based (the header is line 1).</summary>
    public long Line { get; }

    /// <summary>The field's text exactly as written (no trimming, no "NA" → missing).</summary>
    public string this[string column] => _fields[_columns[column]];

    /// <summary>Whether the file has the column.</summary>
    public bool Has(string column) => _columns.ContainsKey(column);

    /// <summary>The field's text, or empty when the file has no such column.</summary>
    public string Optional(string column) => Has(column) ? this[column] : string.Empty;

    /// <summary>An error located at this row and one of its fields.</summary>
    public InputFileException Error(string column, string problem) => new(File, Line, column, problem);

    /// <summary>Reads a field that must hold a whole number.</summary>
    public int Integer(string column)
    {
        var text = this[column];
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(column, $"'{text}' is not a whole number.");
    }

    /// <summary>Reads a field that must hold a date as yyyy-MM-dd.</summary>
    public DateOnly Date(string column)
    {
        var text = this[column];
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : throw Error(column, $"'{text}' is not a date written yyyy-MM-dd.");
    }

    /// <summary>Reads a field that may be empty or hold a date as yyyy-MM-dd.</summary>
    public DateOnly? OptionalDate(string column) => this[column].Length == 0 ? null : Date(column);

    /// <summary>Reads a field that must not be empty.</summary>
    public string Required(string column)
    {
        var text = this[column];
        return text.Length > 0 ? text : throw Error(column, "is empty.");
    }

    /// <summary>Reads a field that must hold a year as four digits.</summary>
    public int Year(string column)
    {
        var text = this[column];
        return text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(column, $"'{text}' is not a year (expected four digits).");
    }

    /// <summary>Reads a field that must hold a decimal amount, kept exactly as written (sign and decimals included).</summary>
    public decimal Amount(string column)
    {
        var text = this[column];
        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(column, $"'{text}' is not an amount (expected a decimal number such as -1234.5).");
    }
}

/// <summary>
/// Reads a CSV file with a header row through CsvHelper, keeping every field as text: no value is ever read as
/// missing (no null values are configured), so Namibia's ISO 3166 code "NA" survives. Every structural problem
/// becomes an <see cref="InputFileException"/> with the file and line.
/// </summary>
internal static class CsvTable
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

    /// <summary>Reads the rows of a file on disk.</summary>
    public static IReadOnlyList<CsvRow> ReadFile(string path, IReadOnlyList<string> requiredColumns) =>
        ReadFile(path, path, requiredColumns);

    /// <summary>
    /// Reads the rows of a file on disk; <paramref name="file"/> names it in errors (a missing file's error then adds
    /// the path looked at).
    /// </summary>
    public static IReadOnlyList<CsvRow> ReadFile(string path, string file, IReadOnlyList<string> requiredColumns)
    {
        if (!System.IO.File.Exists(path))
        {
            var problem = file == path ? "the file does not exist." : $"the file does not exist (looked for {path}).";
            throw new InputFileException(file, 0, null, problem);
        }

        try
        {
            using var reader = new StreamReader(path);
            return Read(reader, file, requiredColumns);
        }
        catch (IOException exception)
        {
            throw new InputFileException(file, 0, null, $"the file cannot be read: {exception.Message}", exception);
        }
        catch (UnauthorizedAccessException exception)
        {
            throw new InputFileException(file, 0, null, $"the file cannot be read: {exception.Message}", exception);
        }
    }

    /// <summary>Reads the rows of CSV text; <paramref name="file"/> names it in errors.</summary>
    public static IReadOnlyList<CsvRow> Read(TextReader text, string file, IReadOnlyList<string> requiredColumns)
    {
        using var csv = CsvReader.Create(text, s_options, leaveOpen: true);
        var rows = new List<CsvRow>();
        try
        {
            var header = csv.Headers.ToArray();
            if (header.Length == 0 || (header.Length == 1 && header[0].Length == 0))
            {
                throw new InputFileException(file, 1, null, "the file is empty: a header row was expected.");
            }

            var columns = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                if (!columns.TryAdd(header[i], i))
                {
                    throw new InputFileException(file, 1, header[i], "the column appears twice in the header.");
                }
            }

            foreach (var column in requiredColumns)
            {
                if (!columns.ContainsKey(column))
                {
                    throw new InputFileException(
                        file, 1, column, $"the header lacks this column (it has: {string.Join(", ", header)}).");
                }
            }

            while (csv.Read())
            {
                var line = csv.LineNumber;
                var count = csv.FieldCount;
                if (count != header.Length)
                {
                    throw new InputFileException(
                        file, line, null, $"the row has {count} fields where the header has {header.Length}.");
                }

                var fields = new string[count];
                for (var i = 0; i < count; i++)
                {
                    fields[i] = csv.GetString(i);
                }

                rows.Add(new CsvRow(file, line, columns, fields));
            }
        }
        catch (CsvFormatException exception)
        {
            throw new InputFileException(file, exception.LineNumber, null, $"the CSV is malformed: {exception.Message}", exception);
        }

        return rows;
    }
}
