namespace IomSim.Scenarios.Tests;

/// <summary>
/// Every error a scenario can have names file:line:column, at the value at fault (issue 20, item 4): a table of bad
/// files, each spoiling one value of a valid scenario; the error must point at the spoiled text.
/// </summary>
public sealed class ErrorPlaceTests
{
    /// <summary>Each case: what to replace in <see cref="ScenarioText.EveryFundingKey"/>, with what, the text the error points at, and a fragment of its message.</summary>
    public static TheoryData<string, string, string, string, string> Cases => new()
    {
        { "unknown donor", "donor: USA, scale", "donor: XYZ, scale", "XYZ, scale", "donor XYZ is not a contributor in seeds/contributions.csv" },
        { "unknown donor, near one", "donor: USA, scale", "donor: USB, scale", "USB, scale", "did you mean" },
        { "unknown pooling donor", "into: EU", "into: NOBODY", "NOBODY", "into NOBODY is not a contributor" },
        { "matching donor not a state", "donor: CHN, match", "donor: EU, match", "EU, match", "donor EU is not a state listed in seeds/states.csv" },
        { "unknown group", "pool: EU", "pool: NOGROUP", "NOGROUP", "unknown group 'NOGROUP'" },
        { "budget year without data", "year: 2021", "year: 2090", "2090", "budget year 2090 has no data in seeds/funding-years.csv" },
        { "budget year out of range", "year: 2021", "year: 3000", "3000", "year" },
        { "scale out of range", "scale: 0.5", "scale: 11", "11 }", "scale 11 is out of range" },
        { "match not assessed-share", "match: assessed-share", "match: fair-share", "fair-share", "unknown match 'fair-share'" },
        { "to before from", "factor: 1, to: 2022", "factor: 1, from: 2023, to: 2022", "2022 }", "to 2022 is before from 2023" },
        { "two kinds in one entry", "{ donor: USA, scale: 0.5 }", "{ donor: USA, scale: 0.5, match: assessed-share }", "match: assessed-share }", "has both" },
        { "the same donor twice", "{ pool: EU, into: EU, from: 2021 }", "{ donor: USA, scale: 0.7 }", "USA, scale: 0.7", "donor USA is also changed" },
        { "pledge noise", "pledge_noise: 0.5", "pledge_noise: 9", "9", "pledge_noise 9 is out of range" },
        { "overhead rate", "overhead_rate: 0.07", "overhead_rate: many", "many", "overhead_rate 'many' is not a number" },
        { "unknown funding key", "pledge_noise: 0.5", "pledge_nois: 0.5", "pledge_nois", "unknown key 'pledge_nois' in funding" },
        { "unknown root key", "baseline: russia-2020", "baseline: russia-2020\nrunz: 3", "runz", "unknown key 'runz'" },
        { "duplicate key", "baseline: russia-2020", "baseline: russia-2020\nbaseline: china-2016", "baseline: china", "duplicate key 'baseline'" },
        { "baseline is itself", "baseline: russia-2020", "baseline: example", "example\nworld", "is this scenario's own id" },
        { "unknown body", "body: iom-council", "body: security-council", "security-council", "unknown body 'security-council'" },
        { "behaviour of an unknown state", "UKR: { assessed_payment", "XYZ: { assessed_payment", "XYZ", "unknown state code 'XYZ'" },
        { "behaviour out of range", "assessed_payment: 0 }", "assessed_payment: 2 }", "2 } }", "assessed_payment 2 is out of range" },
        { "bad session date", "date: 2020-11-24", "date: 2020-13-45", "2020-13-45", "'2020-13-45' is not a date" },
        { "date out of range", "date: 2020-11-24", "date: 1850-01-01", "1850-01-01", "1850-01-01" },
        { "unknown agenda kind", "kind: budget", "kind: budgte", "budgte", "budgte" },
        { "year on a non-budget item", "kind: budget, year: 2021", "kind: admission, applicant: RUS, year: 2021", "year: 2021", "year" },
        { "malformed YAML", "title: Example", "title: \"Example", "\"Example", "malformed YAML" },
        { "an anchor", "title: Example", "title: &t Example", "&t", "YAML anchor '&t' is not allowed" },
        { "a tag", "title: Example", "title: !x Example", "!x", "YAML tag '!x' is not allowed" },
        { "nesting too deep", "title: Example", "title: " + new string('[', 40) + new string(']', 40), new string('[', 40 - ScenarioFormat.MaxNestingDepth + 1) + "]", "nesting deeper than" },
        { "a list where text goes", "description: Every new key.", "description: [a, b]", "[a, b]", "description is a list" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_error_names_file_line_and_column_of_the_value_at_fault(string name, string find, string replace, string token, string fragment)
    {
        Assert.Contains(find, ScenarioText.EveryFundingKey, StringComparison.Ordinal);
        var spoiled = ScenarioText.EveryFundingKey.Replace(find, replace, StringComparison.Ordinal);
        var (line, column) = Where(spoiled, token, name);

        var error = ScenarioText.Error(spoiled);

        Assert.Equal((ScenarioText.File, line, column), (error.File, error.Line, error.Column));
        Assert.StartsWith($"{ScenarioText.File}:{line}:{column}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(fragment, error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_valid_scenario_the_table_spoils_reads()
    {
        Assert.Equal("example", ScenarioReader.Parse(ScenarioText.EveryFundingKey, ScenarioText.File, Seeded.World).Id);
    }

    // The 1-based line and column where token first starts.
    private static (int Line, int Column) Where(string text, string token, string name)
    {
        var index = text.IndexOf(token, StringComparison.Ordinal);
        Assert.True(index >= 0, $"{name}: '{token}' is not in the spoiled text");
        var line = text[..index].Count(c => c == '\n') + 1;
        var column = index - (text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1) + 1;
        return (line, column);
    }
}
