using System.Globalization;
using System.Text.RegularExpressions;
using IomSim.Domain.World;
using IomSim.Scenarios.Yaml;

namespace IomSim.Scenarios.Reading;

/// <summary>Single values of a scenario file, checked for type and range; every failure names what was expected.</summary>
internal static partial class Values
{
    private const string StateExpectation = "an ISO 3166-1 alpha-3 code listed in seeds/states.csv";

    public static YamlScalar Scalar(ReadContext context, YamlValue value, string field, string expected) =>
        value as YamlScalar ?? throw context.Error(value, $"{field} is {context.Describe(value)} (expected {expected})");

    public static string Text(ReadContext context, YamlValue value, string field, string expected)
    {
        var scalar = Scalar(context, value, field, expected);
        return scalar.IsNull || string.IsNullOrWhiteSpace(scalar.Value)
            ? throw context.Error(value, $"{field} is empty (expected {expected})")
            : scalar.Value.Trim();
    }

    public static string Identifier(ReadContext context, YamlValue value, string field, bool allowSlash)
    {
        var expected = allowSlash
            ? "an id of lower-case letters, digits and . _ - /, starting with a letter or digit, at most 100 characters"
            : "an id of lower-case letters, digits and . _ -, starting with a letter or digit, at most 100 characters";
        var text = Text(context, value, field, expected);
        var valid = allowSlash ? ItemId().IsMatch(text) : ScenarioId().IsMatch(text);
        return valid ? text : throw context.Error(value, $"{field} {context.Quote(text)} is not a valid id (expected {expected})");
    }

    public static double Number(ReadContext context, YamlValue value, string field, double min, double max)
    {
        var expected = $"a number from {Show(min)} to {Show(max)}";
        var scalar = Plain(context, value, field, expected);
        if (!NumberSyntax().IsMatch(scalar.Value)
            || !double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            || !double.IsFinite(number))
        {
            throw context.Error(value, $"{field} {context.Quote(scalar.Value)} is not a number (expected {expected})");
        }

        return number >= min && number <= max
            ? number
            : throw context.Error(value, $"{field} {scalar.Value} is out of range (expected {expected})");
    }

    public static int WholeNumber(ReadContext context, YamlValue value, string field, int min, int max)
    {
        var expected = $"a whole number from {min.ToString("N0", CultureInfo.InvariantCulture)} to {max.ToString("N0", CultureInfo.InvariantCulture)}";
        var digits = Digits(context, value, field, expected);
        return int.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : throw context.Error(value, $"{field} {digits} is out of range (expected {expected})");
    }

    public static decimal Decimal(ReadContext context, YamlValue value, string field, decimal min, decimal max)
    {
        var expected = $"a number from {Show(min)} to {Show(max)}";
        var scalar = Plain(context, value, field, expected);

        // Parsed as decimal from the text itself, so that 0.07 is exactly 0.07 (money rules are decimal).
        if (!NumberSyntax().IsMatch(scalar.Value)
            || !decimal.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            throw context.Error(value, $"{field} {context.Quote(scalar.Value)} is not a number (expected {expected})");
        }

        return number >= min && number <= max
            ? number
            : throw context.Error(value, $"{field} {scalar.Value} is out of range (expected {expected})");
    }

    public static int Year(ReadContext context, YamlValue value, string field)
    {
        var (first, last) = (ScenarioFormat.EarliestDate.Year, ScenarioFormat.LatestDate.Year);
        var expected = $"a year from {first.ToString(CultureInfo.InvariantCulture)} to {last.ToString(CultureInfo.InvariantCulture)}";
        var digits = Digits(context, value, field, expected);
        return int.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var year) && year >= first && year <= last
            ? year
            : throw context.Error(value, $"{field} {digits} is out of range (expected {expected})");
    }

    public static ulong Seed(ReadContext context, YamlValue value, string field)
    {
        var expected = $"a whole number from 0 to {ulong.MaxValue.ToString(CultureInfo.InvariantCulture)}";
        var digits = Digits(context, value, field, expected);
        return ulong.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw context.Error(value, $"{field} {digits} is out of range (expected {expected})");
    }

    public static bool Flag(ReadContext context, YamlValue value, string field)
    {
        var scalar = Plain(context, value, field, "true or false");
        return scalar.Value switch
        {
            "true" => true,
            "false" => false,
            var other => throw context.Error(value, $"{field} {context.Quote(other)} is not true or false (expected true or false)"),
        };
    }

    public static DateOnly Date(ReadContext context, YamlValue value, string field)
    {
        var range = $"{Show(ScenarioFormat.EarliestDate)} to {Show(ScenarioFormat.LatestDate)}";
        var expected = $"a date YYYY-MM-DD from {range}";
        var text = Text(context, value, field, expected);
        if (!DateSyntax().IsMatch(text)
            || !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw context.Error(value, $"{field} {context.Quote(text)} is not a date (expected {expected})");
        }

        return date >= ScenarioFormat.EarliestDate && date <= ScenarioFormat.LatestDate
            ? date
            : throw context.Error(value, $"{field} {text} is out of range (expected {expected})");
    }

    public static StateCode State(ReadContext context, YamlValue value, string field)
    {
        var text = Text(context, value, field, StateExpectation);
        if (text.Length != 3 || !text.All(char.IsAsciiLetterUpper) || !StateCode.TryParse(text, out var code))
        {
            throw context.Error(value, $"{field} {context.Quote(text)} is not a state code (expected three capital letters, {StateExpectation})");
        }

        return context.World.States.ContainsKey(code)
            ? code
            : throw context.Error(value, $"unknown state code {context.Quote(text)} (expected {StateExpectation})");
    }

    public static YamlList List(ReadContext context, YamlValue value, string field, string expected) =>
        value as YamlList ?? throw context.Error(value, $"{field} is {context.Describe(value)} (expected a list of {expected})");

    public static string Show(double number) => number.ToString("G", CultureInfo.InvariantCulture);

    public static string Show(decimal number) => number.ToString(CultureInfo.InvariantCulture);

    public static string Show(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static YamlScalar Plain(ReadContext context, YamlValue value, string field, string expected)
    {
        var scalar = Scalar(context, value, field, expected);
        if (scalar.IsNull)
        {
            throw context.Error(value, $"{field} is empty (expected {expected})");
        }

        return scalar.IsPlain
            ? scalar
            : throw context.Error(value, $"{field} is the quoted text {context.Quote(scalar.Value)} (expected {expected}, written without quotes)");
    }

    private static string Digits(ReadContext context, YamlValue value, string field, string expected)
    {
        var scalar = Plain(context, value, field, expected);
        return IntegerSyntax().IsMatch(scalar.Value)
            ? scalar.Value
            : throw context.Error(value, $"{field} {context.Quote(scalar.Value)} is not a whole number (expected {expected})");
    }

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex NumberSyntax();

    [GeneratedRegex(@"^-?[0-9]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerSyntax();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}\z", RegexOptions.CultureInvariant)]
    private static partial Regex DateSyntax();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9._-]{0,99}\z", RegexOptions.CultureInvariant)]
    private static partial Regex ScenarioId();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9._/-]{0,99}\z", RegexOptions.CultureInvariant)]
    private static partial Regex ItemId();
}
