using System.Collections.Immutable;
using IomSim.Domain.Decisions;
using IomSim.Domain.World;
using IomSim.Scenarios.Model;
using IomSim.Scenarios.Yaml;

namespace IomSim.Scenarios.Reading;

/// <summary>Reads <c>world:</c>: parameter overrides, the calibration flag, positions, relations and behaviour.</summary>
internal static class WorldSectionReader
{
    public static ScenarioWorld Default { get; } = new(
        DecisionParameters.Default,
        false,
        ImmutableSortedDictionary<StateCode, PolicyPosition>.Empty,
        [],
        ImmutableSortedDictionary<StateCode, BehaviourOverride>.Empty);

    public static ScenarioWorld Read(ReadContext context, YamlValue? node)
    {
        if (node is null)
        {
            return Default;
        }

        var fields = new Fields(context, node, "world", ScenarioKeys.World);
        var calibrated = fields.Optional("calibrated") is { } flag && Values.Flag(context, flag, "calibrated");
        return new ScenarioWorld(
            Parameters(context, fields.Optional("parameters")),
            calibrated,
            Positions(context, fields.Optional("positions")),
            Relations(context, fields.Optional("relations")),
            Behaviour(context, fields.Optional("behaviour")));
    }

    /// <summary>Reads <c>{ alignment: a, rights: r }</c>, both required, each from −1 to 1.</summary>
    public static PolicyPosition Position(ReadContext context, YamlValue node, string what)
    {
        var fields = new Fields(context, node, what, ScenarioKeys.Position);
        return new PolicyPosition(
            Values.Number(context, fields.Required("alignment", "a number from -1 to 1"), "alignment", -1, 1),
            Values.Number(context, fields.Required("rights", "a number from -1 to 1"), "rights", -1, 1));
    }

    private static DecisionParameters Parameters(ReadContext context, YamlValue? node)
    {
        var parameters = DecisionParameters.Default;
        if (node is null)
        {
            return parameters;
        }

        var fields = new Fields(context, node, "world.parameters", ParameterTable.Keys);
        foreach (var spec in ParameterTable.Entries)
        {
            if (fields.Optional(spec.Key) is { } value)
            {
                parameters = spec.Set(parameters, Values.Number(context, value, spec.Key, spec.Min, spec.Max));
            }
        }

        return parameters;
    }

    private static ImmutableSortedDictionary<StateCode, PolicyPosition> Positions(ReadContext context, YamlValue? node)
    {
        var positions = ImmutableSortedDictionary.CreateBuilder<StateCode, PolicyPosition>();
        foreach (var (key, value) in StateMap(context, node, "world.positions", "{ alignment: a, rights: r }"))
        {
            positions.Add(Values.State(context, key, "world.positions key"), Position(context, value, $"the position of {key.Value}"));
        }

        return positions.ToImmutable();
    }

    private static ImmutableArray<RelationOverride> Relations(ReadContext context, YamlValue? node)
    {
        if (node is null)
        {
            return [];
        }

        var relations = ImmutableArray.CreateBuilder<RelationOverride>();
        foreach (var item in Values.List(context, node, "world.relations", "{ from: AAA, to: BBB, weight: w }").Items)
        {
            var fields = new Fields(context, item, "a relation", ScenarioKeys.Relation);
            var fromNode = fields.Required("from", "the state that holds the relation (a state code)");
            var toNode = fields.Required("to", "the state the relation is towards (a state code)");
            var from = Values.State(context, fromNode, "from");
            var to = Values.State(context, toNode, "to");
            var weight = Values.Number(context, fields.Required("weight", "a number from -1 to 1"), "weight", -1, 1);
            if (from == to)
            {
                throw context.Error(toNode, $"a relation from {from} to itself (expected two different states)");
            }

            if (relations.Any(r => r.From == from && r.To == to))
            {
                throw context.Error(item, $"duplicate relation from {from} to {to} (expected each pair once)");
            }

            relations.Add(new RelationOverride(from, to, weight));
        }

        return relations.ToImmutable();
    }

    private static ImmutableSortedDictionary<StateCode, BehaviourOverride> Behaviour(ReadContext context, YamlValue? node)
    {
        var behaviour = ImmutableSortedDictionary.CreateBuilder<StateCode, BehaviourOverride>();
        foreach (var (key, value) in StateMap(context, node, "world.behaviour", "{ consensus_break_propensity: p, abstention_band: b, attendance: a, assessed_payment: q }"))
        {
            var code = Values.State(context, key, "world.behaviour key");
            var fields = new Fields(context, value, $"the behaviour of {code}", ScenarioKeys.Behaviour);
            if (fields.Node.Entries.Count == 0)
            {
                throw context.Error(value, $"the behaviour of {code} sets nothing (expected at least one of: {string.Join(", ", ScenarioKeys.Behaviour)})");
            }

            behaviour.Add(code, new BehaviourOverride(
                Probability(context, fields, "consensus_break_propensity"),
                Probability(context, fields, "abstention_band"),
                Probability(context, fields, "attendance"),
                Probability(context, fields, "assessed_payment")));
        }

        return behaviour.ToImmutable();
    }

    private static double? Probability(ReadContext context, Fields fields, string key) =>
        fields.Optional(key) is { } value ? Values.Number(context, value, key, 0, 1) : null;

    private static IReadOnlyList<KeyValuePair<YamlScalar, YamlValue>> StateMap(ReadContext context, YamlValue? node, string field, string valueShape) =>
        node switch
        {
            null => [],
            YamlMapping map => map.Entries,
            _ => throw context.Error(node, $"{field} is {node.Description} (expected a mapping from state codes to {valueShape})"),
        };
}
