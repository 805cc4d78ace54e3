using System.Text.Json.Nodes;
using IomSim.Scenarios.Experiments;
using IomSim.Testing;
using YamlDotNet.RepresentationModel;

namespace IomSim.Scenarios.Tests.Experiments;

/// <summary>experiments/schema.json and the reader describe the same format, and the shipped experiments keep to both.</summary>
public sealed class ExperimentSchemaTests
{
    private static readonly Lazy<JsonObject> s_schema = new(() =>
        JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("experiments", "schema.json")))!.AsObject());

    private static JsonObject Schema => s_schema.Value;

    private static JsonObject Factor => Schema["$defs"]!["factor"]!.AsObject();

    public static TheoryData<string> Shipped() =>
        [.. Directory.EnumerateFiles(RepositoryRoot.Combine("experiments"), "*.yaml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Fact]
    public void The_schema_is_draft_2020_12_and_closed()
    {
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)Schema["$schema"]);
        Assert.False((bool)Schema["additionalProperties"]!);
        Assert.False((bool)Factor["additionalProperties"]!);
    }

    [Fact]
    public void The_reader_and_the_schema_allow_the_same_keys_designs_and_measures()
    {
        Assert.Equal(Sorted(ExperimentFormat.Root), Keys(Schema));
        Assert.Equal(Sorted(ExperimentFormat.Factor), Keys(Factor));
        Assert.Equal(ExperimentFormat.DesignNames, Schema["properties"]!["design"]!["enum"]!.AsArray().Select(n => (string)n!));
        Assert.Equal(ExperimentFormat.Measures, Schema["properties"]!["measures"]!["items"]!["enum"]!.AsArray().Select(n => (string)n!));
        Assert.Equal(
            Sorted(["experiment", "description", "scenario", "runs", "design", "vary", "measures"]),
            Sorted(Schema["required"]!.AsArray().Select(n => (string)n!)));
        Assert.Equal(Sorted(["path", "from", "to"]), Sorted(Factor["required"]!.AsArray().Select(n => (string)n!)));
    }

    [Theory]
    [MemberData(nameof(Shipped))]
    public void Every_key_of_every_shipped_experiment_is_in_the_schema_and_its_header_says_what_it_studies(string file)
    {
        var path = RepositoryRoot.Combine("experiments", file);
        var yaml = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            yaml.Load(reader);
        }

        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        Assert.All(root.Children.Keys, key => Assert.Contains(((YamlScalarNode)key).Value!, Keys(Schema)));
        Assert.All(
            ((YamlSequenceNode)root.Children[new YamlScalarNode("vary")]).Children.Cast<YamlMappingNode>().SelectMany(entry => entry.Children.Keys),
            key => Assert.Contains(((YamlScalarNode)key).Value!, Keys(Factor)));
        var text = File.ReadAllText(path);
        Assert.StartsWith("# yaml-language-server: $schema=./schema.json", text, StringComparison.Ordinal);
        Assert.Contains("# What it studies:", text, StringComparison.Ordinal);
        Assert.Contains("# Nothing in it is fitted to", text, StringComparison.Ordinal);
    }

    private static string[] Keys(JsonObject definition) => Sorted(definition["properties"]!.AsObject().Select(p => p.Key));

    private static string[] Sorted(IEnumerable<string> keys) => [.. keys.Order(StringComparer.Ordinal)];
}
