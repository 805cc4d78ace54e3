namespace IomSim.Scenarios.Tests;

/// <summary><c>baseline:</c>, the scenario a counterfactual is compared with side by side.</summary>
public sealed class BaselineTests
{
    [Fact]
    public void Baseline_is_read_and_absent_by_default()
    {
        Assert.Equal("russia-2020", Read("baseline: russia-2020").Baseline);
        Assert.Null(Read("baseline:").Baseline);
        Assert.Null(ScenarioReader.Parse(ScenarioText.Minimal, ScenarioText.File, Seeded.World).Baseline);
    }

    [Fact]
    public void Baseline_cannot_be_the_scenario_itself()
    {
        ScenarioText.Fails(ScenarioText.WithTop("baseline: test"), 5, 11,
            "baseline 'test' is this scenario's own id", "the id of another scenario to compare with side by side");
    }

    [Theory]
    [InlineData("Russia 2020")]
    [InlineData("russia-2020/admission")]
    [InlineData("-russia")]
    public void Baseline_has_the_form_of_a_scenario_id(string baseline)
    {
        ScenarioText.Fails(ScenarioText.WithTop("baseline: " + baseline), 5, 11,
            $"baseline '{baseline}' is not a valid id", "lower-case letters, digits and . _ -, starting with a letter or digit");
    }

    [Fact]
    public void Baseline_is_one_value()
    {
        ScenarioText.Fails(ScenarioText.WithTop("baseline: [russia-2020]"), 5, 11, "baseline is a list", "an id of lower-case letters");
    }

    private static Model.Scenario Read(string lines) => ScenarioReader.Parse(ScenarioText.WithTop(lines), ScenarioText.File, Seeded.World);
}
