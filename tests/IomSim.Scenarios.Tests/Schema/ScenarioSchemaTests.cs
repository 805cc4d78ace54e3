using System.Text.Json.Nodes;
using IomSim.Scenarios.Schema;
using IomSim.Scenarios.Yaml;

namespace IomSim.Scenarios.Tests.Schema;

/// <summary>The published schema, checked by JsonSchema.Net on the YAML tree, names the file's line and column.</summary>
public sealed class ScenarioSchemaTests
{
    [Fact]
    public void The_minimal_scenario_and_every_shipped_one_match_the_schema()
    {
        ScenarioSchema.Check(Tree(ScenarioText.Minimal), ScenarioText.File);
        foreach (var file in Seeded.ScenarioFiles)
        {
            ScenarioSchema.Check(Tree(File.ReadAllText(file)), file);
        }
    }

    [Fact]
    public void A_value_outside_an_enum_is_placed_at_its_key()
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioSchema.Check(
            Tree(ScenarioText.Minimal.Replace("kind: admission", "kind: admision", StringComparison.Ordinal)), ScenarioText.File));

        Assert.Equal((10, 9), (error.Line, error.Column));
        Assert.StartsWith("/timeline/0/items/0/kind: ", error.Problem, StringComparison.Ordinal);
        Assert.Contains("(expected what scenarios/schema.json says: admission: an application for membership", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_out_of_range_is_placed_at_its_key_with_the_schemas_description()
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioSchema.Check(Tree(ScenarioText.WithTop("runs: 0")), ScenarioText.File));

        Assert.Equal((5, 1), (error.Line, error.Column));
        Assert.StartsWith("/runs: ", error.Problem, StringComparison.Ordinal);
        Assert.Contains("Default number of runs", error.Problem, StringComparison.Ordinal);
        Assert.StartsWith($"{ScenarioText.File}:5:1: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_if_that_does_not_hold_is_not_reported_as_the_failure()
    {
        // An admission item fails the 'if' of every other kind; the failure is the missing applicant.
        var error = Assert.Throws<ScenarioException>(() => ScenarioSchema.Check(
            Tree(ScenarioText.WithItem("      - id: t/admission\n        kind: admission")), ScenarioText.File));

        Assert.Contains("applicant", error.Problem, StringComparison.Ordinal);
        Assert.DoesNotContain("acceptance", error.Problem.Split("(expected")[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_values_become_json_numbers_booleans_and_null_quoted_ones_text()
    {
        var (json, places) = YamlJson.Convert(Tree("a: 3\nb: 0.25\nc: true\nd: '3'\ne: RUS\nf:\ng: 18446744073709551615\nh: [1, x]\n"));
        var root = Assert.IsType<JsonObject>(json);

        Assert.Equal("""{"a":3,"b":0.25,"c":true,"d":"3","e":"RUS","g":18446744073709551615,"h":[1,"x"]}""", root.ToJsonString());
        Assert.False(root.ContainsKey("f"));
        Assert.Equal((8, 1), places["/h"]);
        Assert.Equal((8, 8), places["/h/1"]);
    }

    private static YamlValue Tree(string yaml) => YamlTreeReader.Read(yaml, ScenarioText.File)!;
}
