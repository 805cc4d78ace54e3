namespace IomSim.Scenarios.Tests;

/// <summary>Errors in <c>funding:</c> outside its donor changes: shape, keys and ranges, each at its line and column.</summary>
public sealed class FundingErrorTests
{
    [Fact]
    public void Unknown_key_in_funding_lists_the_allowed_ones()
    {
        ScenarioText.Fails(ScenarioText.WithTop("funding:\n  noise: 1"), 6, 3,
            "unknown key 'noise' in funding", "pledge_noise, overhead_rate, minimum_coverage_to_start, donors");
    }

    [Fact]
    public void Funding_is_a_mapping_and_donors_a_list()
    {
        ScenarioText.Fails(ScenarioText.WithTop("funding: [0.5]"), 5, 10, "funding is a list", "a mapping with the keys: pledge_noise");
        ScenarioText.Fails(ScenarioText.WithTop("funding:\n  donors: { donor: USA, scale: 0.5 }"), 6, 11,
            "funding.donors is a mapping", "a list of donor changes such as { donor: USA, scale: 0.5 }");
    }

    [Theory]
    [InlineData("pledge_noise: 5.01", 17, "pledge_noise 5.01 is out of range", "a number from 0 to 5")]
    [InlineData("pledge_noise: -0.1", 17, "pledge_noise -0.1 is out of range", "a number from 0 to 5")]
    [InlineData("pledge_noise: high", 17, "pledge_noise 'high' is not a number", "a number from 0 to 5")]
    [InlineData("overhead_rate: 1.5", 18, "overhead_rate 1.5 is out of range", "a number from 0 to 1")]
    [InlineData("overhead_rate: \"0.07\"", 18, "overhead_rate is the quoted text '0.07'", "a number from 0 to 1, written without quotes")]
    [InlineData("overhead_rate: .nan", 18, "overhead_rate '.nan' is not a number", "a number from 0 to 1")]
    [InlineData("overhead_rate: 7%", 18, "overhead_rate '7%' is not a number", "a number from 0 to 1")]
    [InlineData("overhead_rate: 1e400", 18, "overhead_rate '1e400' is not a number", "a number from 0 to 1")]
    [InlineData("minimum_coverage_to_start: -0.25", 30, "minimum_coverage_to_start -0.25 is out of range", "a number from 0 to 1")]
    [InlineData("minimum_coverage_to_start: [0.25]", 30, "minimum_coverage_to_start is a list", "a number from 0 to 1")]
    public void Funding_numbers_out_of_range(string line, int column, string problem, string expected)
    {
        ScenarioText.Fails(ScenarioText.WithTop("funding:\n  " + line), 6, column, problem, expected);
    }
}
