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
        var calibratedNode = fields.Optional("calibrated");
        var calibrated = calibratedNode is { } flag && Values.Flag(context, flag, "calibrated");

        // A calibration file comes first; the scenario's own parameters and behaviour override it.
        var included = fields.Optional("parameters_from") is { } from ? ParametersFileReader.Read(context, from) : null;
        if (included is not null)
        {
            if (calibratedNode is not null && !calibrated)
            {
                throw context.Error(
                    calibratedNode, "calibrated: false with parameters_from (expected calibrated: true or left out: parameters from a calibration file are calibrated)");
            }

            calibrated = true;
        }

        var (behaviour, everyState) = Behaviour(context, fields.Optional("behaviour"));
        return new ScenarioWorld(
            Parameters(context, fields.Optional("parameters"), "world.parameters", included?.Parameters ?? DecisionParameters.Default),
            calibrated,
            Positions(context, fields.Optional("positions")),
            Relations(context, fields.Optional("relations")),
            behaviour)
        {
            DefaultBehaviour = Merge(included?.Behaviour, everyState),
            Calibration = included?.Provenance,
        };
    }

    /// <summary>Reads <c>{ alignment: a, rights: r }</c>, both required, each from −1 to 1.</summary>
    public static PolicyPosition Position(ReadContext context, YamlValue node, string what)
    {
        var fields = new Fields(context, node, what, ScenarioKeys.Position);
        return new PolicyPosition(
            Values.Number(context, fields.Required("alignment", "a number from -1 to 1"), "alignment", -1, 1),
            Values.Number(context, fields.Required("rights", "a number from -1 to 1"), "rights", -1, 1));
    }

    /// <summary>Reads a mapping of <see cref="ParameterTable"/> keys, replacing those given in <paramref name="parameters"/>.</summary>
    public static DecisionParameters Parameters(ReadContext context, YamlValue? node, string what, DecisionParameters parameters)
    {
        if (node is null)
        {
            return parameters;
        }

        var fields = new Fields(context, node, what, ParameterTable.Keys);
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

    private static (ImmutableSortedDictionary<StateCode, BehaviourOverride> States, BehaviourOverride? EveryState) Behaviour(ReadContext context, YamlValue? node)
    {
        var behaviour = ImmutableSortedDictionary.CreateBuilder<StateCode, BehaviourOverride>();
        BehaviourOverride? everyState = null;
        foreach (var (key, value) in StateMap(context, node, "world.behaviour", "{ consensus_break_propensity: p, abstention_band: b, attendance: a, assessed_payment: q }"))
        {
            if (key.Value == ScenarioKeys.EveryState)
            {
                everyState = BehaviourOf(context, value, "the behaviour of every state (*)");
                continue;
            }

            var code = Values.State(context, key, "world.behaviour key");
            behaviour.Add(code, BehaviourOf(context, value, $"the behaviour of {code}"));
        }

        return (behaviour.ToImmutable(), everyState);
    }

    /// <summary>Reads <c>{ consensus_break_propensity, abstention_band, attendance, assessed_payment }</c>, at least one given.</summary>
    public static BehaviourOverride BehaviourOf(ReadContext context, YamlValue value, string what)
    {
        var fields = new Fields(context, value, what, ScenarioKeys.Behaviour);
        if (fields.Node.Entries.Count == 0)
        {
            throw context.Error(value, $"{what} sets nothing (expected at least one of: {string.Join(", ", ScenarioKeys.Behaviour)})");
        }

        return new BehaviourOverride(
            Probability(context, fields, "consensus_break_propensity"),
            Probability(context, fields, "abstention_band"),
            Probability(context, fields, "attendance"),
            Probability(context, fields, "assessed_payment"));
    }

    // The scenario's own values win over the included file's, value by value.
    private static BehaviourOverride? Merge(BehaviourOverride? included, BehaviourOverride? own) =>
        included is null ? own
        : own is null ? included
        : new BehaviourOverride(
            own.ConsensusBreakPropensity ?? included.ConsensusBreakPropensity,
            own.AbstentionBand ?? included.AbstentionBand,
            own.Attendance ?? included.Attendance,
            own.AssessedPayment ?? included.AssessedPayment);

    private static double? Probability(ReadContext context, Fields fields, string key) =>
        fields.Optional(key) is { } value ? Values.Number(context, value, key, 0, 1) : null;

    private static IReadOnlyList<KeyValuePair<YamlScalar, YamlValue>> StateMap(ReadContext context, YamlValue? node, string field, string valueShape) =>
        node switch
        {
            null => [],
            YamlMapping map => map.Entries,
            _ => throw context.Error(node, $"{field} is {context.Describe(node)} (expected a mapping from state codes to {valueShape})"),
        };
}
