using System.Collections.Immutable;
using System.Globalization;
using IomSim.Domain.Funding;
using IomSim.Domain.World;

namespace IomSim.Seeds.Csv;

/// <summary>One data row of a seed CSV file, with checked accessors that fail with file, line and field.</summary>
internal sealed class SeedRow
{
    private readonly IReadOnlyDictionary<string, int> _index;
    private readonly string[] _fields;

    public SeedRow(string file, int line, IReadOnlyDictionary<string, int> index, string[] fields)
    {
        File = file;
        Line = line;
        _index = index;
        _fields = fields;
    }

    /// <summary>The file as errors name it.</summary>
    public string File { get; }

    /// <summary>The 1-based line (the header is line 1).</summary>
    public int Line { get; }

    /// <summary>The raw text of a field.</summary>
    public string this[string column] => _fields[_index[column]];

    /// <summary>An error at this row and <paramref name="column"/>.</summary>
    public SeedDataException Error(string column, string problem) => new(File, Line, column, problem);

    /// <summary>The text of a field that must not be empty.</summary>
    public string Required(string column, string what)
    {
        var text = this[column];
        return string.IsNullOrWhiteSpace(text) ? throw Error(column, $"is empty (expected {what})") : text;
    }

    /// <summary>The text of a field, or null when empty.</summary>
    public string? Optional(string column)
    {
        var text = this[column];
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    /// <summary>The row's source, which every row must have.</summary>
    public string Source(string column = "source") => Required(column, "a source");

    /// <summary>A state code that must be in <paramref name="states"/>.</summary>
    public StateCode State(string column, IReadOnlySet<StateCode> states)
    {
        var text = this[column];
        if (text.Length != 3 || !text.All(char.IsAsciiLetterUpper) || !StateCode.TryParse(text, out var code))
        {
            throw Error(column, $"'{text}' is not a state code (expected three capital letters, ISO 3166-1 alpha-3)");
        }

        return states.Contains(code) ? code : throw Error(column, $"'{text}' is not a state in seeds/{SeedFiles.States}");
    }

    /// <summary>Space-separated state codes, each in <paramref name="states"/>, none twice (empty when the field is).</summary>
    public ImmutableArray<StateCode> StateList(string column, IReadOnlySet<StateCode> states)
    {
        var codes = ImmutableArray.CreateBuilder<StateCode>();
        foreach (var text in this[column].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (text.Length != 3 || !text.All(char.IsAsciiLetterUpper) || !StateCode.TryParse(text, out var code))
            {
                throw Error(column, $"'{text}' is not a state code (expected space-separated ISO 3166-1 alpha-3 codes)");
            }

            if (!states.Contains(code))
            {
                throw Error(column, $"'{text}' is not a state in seeds/{SeedFiles.States}");
            }

            if (codes.Contains(code))
            {
                throw Error(column, $"duplicate entry: {code} is already in the list");
            }

            codes.Add(code);
        }

        return codes.ToImmutable();
    }

    /// <summary>A donor id; a three-letter id is a state and must be in <paramref name="states"/>.</summary>
    public DonorId Donor(string column, IReadOnlySet<StateCode> states) =>
        DonorIds.TryRead(this[column], states, out var donor) is { } problem ? throw Error(column, problem) : donor;

    /// <summary>A year from 1951 (IOM's founding) to 2100.</summary>
    public int Year(string column)
    {
        var text = Required(column, $"a year from {SeedYears.First} to {SeedYears.Last}");
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && SeedYears.Contains(year)
            ? year
            : throw Error(column, $"'{text}' is not a year from {SeedYears.First} to {SeedYears.Last}");
    }

    /// <summary>An amount written as a decimal number (<c>-1234.56</c>), kept exactly; below <paramref name="min"/> is an error.</summary>
    public decimal Amount(string column, decimal? min = null)
    {
        var expected = min is { } m ? $"a decimal number of at least {m.ToString(CultureInfo.InvariantCulture)}" : "a decimal number";
        var text = Required(column, expected);
        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            throw Error(column, $"'{text}' is not an amount (expected {expected})");
        }

        return min is null || value >= min ? value : throw Error(column, $"{text} is out of range (expected {expected})");
    }

    /// <summary>A date YYYY-MM-DD, or null when the field is empty.</summary>
    public DateOnly? OptionalDay(string column)
    {
        var text = Optional(column);
        if (text is null)
        {
            return null;
        }

        return PartialDate.TryParse(text, out var date) && !date.IsYearOnly
            ? date.Earliest
            : throw Error(column, $"'{text}' is not a date (expected YYYY-MM-DD)");
    }

    /// <summary>A date YYYY-MM-DD or a year YYYY, or null when the field is empty.</summary>
    public PartialDate? OptionalPartialDate(string column)
    {
        var text = Optional(column);
        if (text is null)
        {
            return null;
        }

        return PartialDate.TryParse(text, out var date) ? date : throw Error(column, $"'{text}' is not a date (expected YYYY-MM-DD or YYYY)");
    }

    /// <summary>A number in [<paramref name="min"/>, <paramref name="max"/>], or null when the field is empty.</summary>
    public double? OptionalNumber(string column, double min, double max)
    {
        var text = Optional(column);
        if (text is null)
        {
            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw Error(column, $"'{text}' is not a number (expected a decimal number from {Format(min)} to {Format(max)})");
        }

        return value >= min && value <= max
            ? value
            : throw Error(column, $"{text} is out of range (expected a number from {Format(min)} to {Format(max)})");
    }

    /// <summary>A number in [<paramref name="min"/>, <paramref name="max"/>] that must be present.</summary>
    public double Number(string column, double min, double max) =>
        OptionalNumber(column, min, max) ?? throw Error(column, $"is empty (expected a number from {Format(min)} to {Format(max)})");

    /// <summary>A whole number of at least <paramref name="min"/>.</summary>
    public int Integer(string column, int min)
    {
        var text = Required(column, $"a whole number of at least {min}");
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min)
        {
            throw Error(column, $"'{text}' is not a whole number of at least {min}");
        }

        return value;
    }

    /// <summary>A basis written in kebab case, one of <paramref name="allowed"/>.</summary>
    public ValueBasis Basis(string column, params ValueBasis[] allowed)
    {
        var text = this[column];
        return BasisNames.TryParse(text, out var basis) && allowed.Contains(basis)
            ? basis
            : throw Error(column, $"'{text}' is not an allowed basis (expected one of: {string.Join(", ", allowed.Select(BasisNames.Format))})");
    }

    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);
}
