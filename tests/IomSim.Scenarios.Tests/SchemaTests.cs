using System.Text.Json.Nodes;
using IomSim.Domain.Decisions;
using IomSim.Domain.Funding;
using IomSim.Scenarios.Model;
using IomSim.Scenarios.Reading;
using YamlDotNet.RepresentationModel;

namespace IomSim.Scenarios.Tests;

/// <summary>scenarios/schema.json and the reader describe the same format: no key, kind, body or range in one and not the other.</summary>
public sealed class SchemaTests
{
    private static readonly Lazy<JsonObject> s_schema = new(() =>
        JsonNode.Parse(File.ReadAllText(Seeded.Scenario("schema.json")))!.AsObject());

    private static JsonObject Schema => s_schema.Value;

    [Fact]
    public void The_schema_is_draft_2020_12_and_closed()
    {
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)Schema["$schema"]);
        Assert.False((bool)Schema["additionalProperties"]!);
        foreach (var (name, definition) in Schema["$defs"]!.AsObject())
        {
            if (definition!["type"]?.GetValue<string>() == "object" && definition["properties"] is not null)
            {
                Assert.True(definition["additionalProperties"]?.GetValue<bool>() == false, $"$defs/{name} must set additionalProperties: false");
            }
        }
    }

    [Theory]
    [MemberData(nameof(ShippedScenarioTests.Files), MemberType = typeof(ShippedScenarioTests))]
    public void Every_key_of_every_shipped_scenario_is_in_the_schema(string file)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Seeded.Scenario(file)))
        {
            yaml.Load(reader);
        }

        Walk(yaml.Documents[0].RootNode, Schema, file);
    }

    [Fact]
    public void The_key_walk_notices_a_key_the_schema_lacks()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader("id: x\nworld:\n  positions:\n    UKR: { alignment: 0, rights: 0, colour: 1 }\n"));

        var failure = Assert.ThrowsAny<Exception>(() => Walk(yaml.Documents[0].RootNode, Schema, "test"));
        Assert.Contains("test.world.positions.UKR.colour", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_reader_and_the_schema_allow_the_same_keys()
    {
        Assert.Equal(Sorted(ScenarioKeys.Root), Keys(Schema));
        Assert.Equal(Sorted(ScenarioKeys.World), Keys(Definition("world")));
        Assert.Equal(Sorted(ScenarioKeys.Position), Keys(Definition("position")));
        Assert.Equal(Sorted(ScenarioKeys.Relation), Keys(Definition("relation")));
        Assert.Equal(Sorted(ScenarioKeys.Behaviour), Keys(Definition("behaviour")));
        Assert.Equal(Sorted(ScenarioKeys.Session), Keys(Definition("session")));
        Assert.Equal(Sorted(ScenarioKeys.Item), Keys(Definition("item")));
        Assert.Equal(Sorted(ScenarioKeys.Candidate), Keys(Definition("candidate")));
        Assert.Equal(Sorted(ScenarioKeys.PlacedBy), Keys(Definition("placedBy")));
        Assert.Equal(Sorted(ScenarioKeys.Turnout), Keys(Definition("turnout")));
        Assert.Equal(Sorted(ParameterTable.Keys), Keys(Definition("parameters")));
        Assert.Equal(Sorted(ScenarioKeys.Funding), Keys(Definition("funding")));
        Assert.Equal(Sorted(ScenarioKeys.DonorChange), Keys(Definition("donorChange")));
    }

    [Theory]
    [InlineData(DonorChangeKind.Scale, new[] { "donor", "scale" })]
    [InlineData(DonorChangeKind.MatchAssessedShare, new[] { "donor", "match" })]
    [InlineData(DonorChangeKind.Pool, new[] { "pool", "into" })]
    public void Each_donor_change_allows_and_requires_the_same_keys_in_reader_and_schema(DonorChangeKind kind, string[] required)
    {
        var change = Definition("donorChange");
        var key = ScenarioKeys.DonorChangeKinds[(int)kind];
        var alternatives = change["oneOf"]!.AsArray().Where(a => a!["required"]!.AsArray().Any(n => (string)n! == key)).ToArray();
        var alternative = Assert.Single(alternatives)!;
        var forbidden = alternative["properties"]!.AsObject().Where(p => p.Value is JsonValue v && !v.GetValue<bool>()).Select(p => p.Key);

        Assert.Equal(Sorted(ScenarioKeys.DonorChangeKeysFor(kind)), Keys(change).Except(forbidden).ToArray());
        Assert.Equal(Sorted(required), Sorted(alternative["required"]!.AsArray().Select(n => (string)n!)));
        Assert.Equal(ScenarioKeys.DonorChangeKinds.Length, change["oneOf"]!.AsArray().Count);
    }

    [Fact]
    public void Every_funding_key_is_in_the_schema_and_reads()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(ScenarioText.EveryFundingKey));

        Walk(yaml.Documents[0].RootNode, Schema, "example");
        var scenario = ScenarioReader.Parse(ScenarioText.EveryFundingKey, "example.yaml", Seeded.World);
        Assert.Equal(("russia-2020", 3, 2021), (scenario.Baseline, scenario.Funding.Donors.Length, scenario.Timeline[0].Items[0].Year));
        Assert.Equal(0, scenario.World.Behaviour[Seeded.Code("UKR")].AssessedPayment);
    }

    [Fact]
    public void The_reader_and_the_schema_list_the_same_kinds_and_bodies()
    {
        Assert.Equal(ScenarioFormat.KindNames, Definition("item")["properties"]!["kind"]!["enum"]!.AsArray().Select(n => (string)n!));
        Assert.Equal(ScenarioFormat.BodyNames, Schema["properties"]!["body"]!["enum"]!.AsArray().Select(n => (string)n!));
        Assert.Equal(Enum.GetValues<AgendaKind>().Select(ScenarioFormat.KindName), ScenarioFormat.KindNames);
        Assert.Equal(Enum.GetValues<VotingBody>().Select(ScenarioFormat.BodyName), ScenarioFormat.BodyNames);
    }

    [Theory]
    [InlineData(AgendaKind.Admission, new[] { "id", "kind", "applicant" })]
    [InlineData(AgendaKind.Acceptance, new[] { "id", "kind", "applicant" })]
    [InlineData(AgendaKind.Budget, new[] { "id", "kind" })]
    [InlineData(AgendaKind.Decision, new[] { "id", "kind", "title" })]
    [InlineData(AgendaKind.Election, new[] { "id", "kind", "title", "candidates" })]
    public void Each_kind_allows_and_requires_the_same_keys_in_reader_and_schema(AgendaKind kind, string[] required)
    {
        var item = Definition("item");
        var name = ScenarioFormat.KindName(kind);
        var requiredInSchema = new SortedSet<string>(item["required"]!.AsArray().Select(n => (string)n!), StringComparer.Ordinal);
        var forbidden = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var rule in item["allOf"]!.AsArray())
        {
            var condition = rule!["if"]!["properties"]!["kind"]!;
            var kinds = condition["const"] is { } single ? [(string)single!] : condition["enum"]!.AsArray().Select(n => (string)n!).ToArray();
            if (!kinds.Contains(name))
            {
                continue;
            }

            requiredInSchema.UnionWith(rule["then"]!["required"]?.AsArray().Select(n => (string)n!) ?? []);
            forbidden.UnionWith(rule["then"]!["properties"]?.AsObject().Where(p => p.Value is JsonValue v && !v.GetValue<bool>()).Select(p => p.Key) ?? []);
        }

        Assert.Equal(Sorted(ScenarioKeys.ItemKeysFor(kind)), Keys(item).Except(forbidden).ToArray());
        Assert.Equal(Sorted(required), requiredInSchema.ToArray());
    }

    [Fact]
    public void Parameter_ranges_match_and_every_decision_parameter_can_be_set()
    {
        var properties = Definition("parameters")["properties"]!.AsObject();
        foreach (var spec in ParameterTable.Entries)
        {
            Assert.Equal(spec.Min, (double)properties[spec.Key]!["minimum"]!);
            Assert.Equal(spec.Max, (double)properties[spec.Key]!["maximum"]!);
            var set = spec.Set(DecisionParameters.Default, 0.123);
            Assert.Equal(0.123, (double)typeof(DecisionParameters).GetProperty(spec.Property)!.GetValue(set)!);
        }

        var settable = typeof(DecisionParameters).GetProperties().Where(p => p.PropertyType == typeof(double) && p.SetMethod is not null);
        Assert.Equal(settable.Select(p => p.Name).Order(StringComparer.Ordinal), ParameterTable.Entries.Select(e => e.Property).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_schema_states_the_readers_limits()
    {
        Assert.Equal(ScenarioFormat.MaxRuns, (int)Schema["properties"]!["runs"]!["maximum"]!);
        Assert.Equal(ulong.MaxValue, Schema["properties"]!["seed"]!["maximum"]!.GetValue<ulong>());
        var documented = Definition("item")["properties"]!["documented"]!["examples"]!.AsArray().Select(n => (string)n!);
        Assert.All(documented, id => Assert.Contains(id, Seeded.World.Outcomes.Keys));
        Assert.Equal(Schema["properties"]!["id"]!["pattern"]!.GetValue<string>(), Schema["properties"]!["baseline"]!["pattern"]!.GetValue<string>());
    }

    [Fact]
    public void The_schema_states_the_funding_limits_and_defaults()
    {
        var funding = Definition("funding")["properties"]!;
        Assert.Equal(ScenarioFormat.MaxDonorChanges, (int)funding["donors"]!["maxItems"]!);
        Assert.Equal((0.0, FundingSectionReader.MaxPledgeNoise), Range(funding["pledge_noise"]!));
        Assert.Equal(ScenarioFunding.Default.PledgeNoise, (double)funding["pledge_noise"]!["default"]!);
        Assert.Equal((0.0, 1.0), Range(funding["overhead_rate"]!));
        Assert.Equal(FundingRules.Default.OverheadRate, (decimal)funding["overhead_rate"]!["default"]!);
        Assert.Equal((0.0, 1.0), Range(funding["minimum_coverage_to_start"]!));
        Assert.Equal(FundingRules.Default.MinimumCoverageToStart, (decimal)funding["minimum_coverage_to_start"]!["default"]!);

        var change = Definition("donorChange")["properties"]!;
        Assert.Equal((0.0, DonorChangeReader.MaxFactor), Range(change["scale"]!));
        Assert.Equal((0.0, DonorChangeReader.MaxFactor), Range(change["factor"]!));
        Assert.Equal(1.0, (double)change["factor"]!["default"]!);
        Assert.Equal([DonorChangeReader.AssessedShare], change["match"]!["enum"]!.AsArray().Select(n => (string)n!));
        Assert.Equal((0.0, 1.0), Range(Definition("behaviour")["properties"]!["assessed_payment"]!));

        var year = Definition("year");
        Assert.Equal((ScenarioFormat.EarliestDate.Year, ScenarioFormat.LatestDate.Year), ((int)year["minimum"]!, (int)year["maximum"]!));
        Assert.Equal("#/$defs/year", (string?)Definition("item")["properties"]!["year"]!["$ref"]);
        Assert.Equal("#/$defs/year", (string?)change["from"]!["$ref"]);
        Assert.Equal("#/$defs/year", (string?)change["to"]!["$ref"]);
    }

    private static (double Min, double Max) Range(JsonNode property) => ((double)property["minimum"]!, (double)property["maximum"]!);

    private static void Walk(YamlNode node, JsonNode schema, string path)
    {
        schema = Resolve(schema);
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (keyNode, value) in mapping.Children)
                {
                    var key = ((YamlScalarNode)keyNode).Value!;
                    var child = schema["properties"]?[key]
                        ?? (schema["additionalProperties"] is JsonObject map ? map : null);
                    Assert.True(child is not null, $"{path}.{key} (line {keyNode.Start.Line}) is not in scenarios/schema.json");
                    Walk(value, child!, $"{path}.{key}");
                }

                break;
            case YamlSequenceNode sequence:
                var items = schema["items"];
                Assert.True(items is not null, $"{path} is a list, but the schema has no items there");
                foreach (var (item, index) in sequence.Children.Select((n, i) => (n, i)))
                {
                    Walk(item, items!, $"{path}[{index}]");
                }

                break;
            default:
                break;
        }
    }

    private static JsonNode Resolve(JsonNode schema) =>
        schema["$ref"] is { } reference ? Resolve(Definition(((string)reference!).Replace("#/$defs/", string.Empty, StringComparison.Ordinal))) : schema;

    private static JsonObject Definition(string name) => Schema["$defs"]![name]!.AsObject();

    private static string[] Keys(JsonObject schema) => [.. schema["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal)];

    private static string[] Sorted(IEnumerable<string> keys) => [.. keys.Order(StringComparer.Ordinal)];
}
