using System.Globalization;

namespace IomSim.ImportContributions;

/// <summary>One data row of a CSV file, every field kept as text exactly as written.</summary>
internal sealed class CsvLine
{
    private readonly IReadOnlyDictionary<string, int> _columns;
    private readonly string[] _fields;

    public CsvLine(string file, long line, IReadOnlyDictionary<string, int> columns, string[] fields)
    {
        File = file;
        Line = line;
        _columns = columns;
        _fields = fields;
    }

    /// <summary>The file as errors name it.</summary>
    public string File { get; }

    /// <summary>The 1-based line the row starts on (the header is line 1).</summary>
    public long Line { get; }

    /// <summary>The field's text.</summary>
    public string this[string column] => _fields[_columns[column]];

    /// <summary>An error at this row and <paramref name="column"/>.</summary>
    public ImportException Error(string column, string problem) => new(File, Line, column, problem);

    /// <summary>A field that must not be empty.</summary>
    public string Required(string column)
    {
        var text = this[column];
        return text.Length > 0 ? text : throw Error(column, "is empty.");
    }

    /// <summary>A four-digit year.</summary>
    public int Year(string column)
    {
        var text = this[column];
        return text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            ? year
            : throw Error(column, $"'{text}' is not a year (expected four digits).");
    }

    /// <summary>An amount in US dollars, kept exactly as written (sign and decimals included).</summary>
    public decimal Amount(string column)
    {
        var text = this[column];
        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
            ? amount
            : throw Error(column, $"'{text}' is not an amount (expected a decimal number such as -1234.5).");
    }
}
