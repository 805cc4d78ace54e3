using System.Collections.Immutable;
using IomSim.Domain.World;
using IomSim.Scenarios.Model;
using IomSim.Scenarios.Reading;

namespace IomSim.Scenarios;

/// <summary>
/// A named number in a scenario that a sweep may set: <c>parameters.KEY</c> (a key of <c>world.parameters</c>),
/// <c>behaviour.CODE.FIELD</c> (a field of <c>world.behaviour</c>; CODE <c>*</c> for every state) or <c>relation.FROM.TO</c> (a relation, −1 to 1).
/// Setting one changes the scenario exactly as writing that value into its file would.
/// </summary>
public sealed record ScenarioSettingPath
{
    private readonly Func<Scenario, double, Scenario> _apply;

    private ScenarioSettingPath(string text, double min, double max, Func<Scenario, double, Scenario> apply)
    {
        Text = text;
        Min = min;
        Max = max;
        _apply = apply;
    }

    /// <summary>The path as written (<c>parameters.noise</c>).</summary>
    public string Text { get; }

    /// <summary>The smallest value accepted.</summary>
    public double Min { get; }

    /// <summary>The largest value accepted.</summary>
    public double Max { get; }

    /// <summary>What a path may be, for error messages.</summary>
    public static string Grammar { get; } =
        $"parameters.KEY (KEY one of: {string.Join(", ", ParameterTable.Keys)}), behaviour.CODE.FIELD (FIELD one of: "
        + $"{string.Join(", ", ScenarioKeys.Behaviour)}; CODE * for every state) or relation.FROM.TO, with CODE, FROM and TO state codes";

    /// <summary>Reads a path; on failure, <paramref name="error"/> says what was wrong.</summary>
    public static bool TryParse(string text, out ScenarioSettingPath? path, out string error)
    {
        ArgumentNullException.ThrowIfNull(text);
        path = null;
        error = string.Empty;
        var parts = text.Split('.');
        switch (parts)
        {
            case ["parameters", var key]:
                var spec = ParameterTable.Entries.FirstOrDefault(e => e.Key == key);
                if (spec is null)
                {
                    error = $"unknown parameter '{key}' (expected one of: {string.Join(", ", ParameterTable.Keys)})";
                    return false;
                }

                path = new(text, spec.Min, spec.Max, (s, v) => s with { World = s.World with { Parameters = spec.Set(s.World.Parameters, v) } });
                return true;
            case ["behaviour", "*", var field] when ScenarioKeys.Behaviour.Contains(field):
                path = new(text, 0, 1, (s, v) => s with { World = s.World with { DefaultBehaviour = WithField(s.World.DefaultBehaviour, field, v) } });
                return true;
            case ["behaviour", var code, var field]:
                if (!StateCode.TryParse(code, out var state))
                {
                    error = $"'{code}' is not a state code (expected three letters, e.g. UKR, or * for every state)";
                    return false;
                }

                if (!ScenarioKeys.Behaviour.Contains(field))
                {
                    error = $"unknown behaviour field '{field}' (expected one of: {string.Join(", ", ScenarioKeys.Behaviour)})";
                    return false;
                }

                path = new(text, 0, 1, (s, v) => s with { World = s.World with { Behaviour = s.World.Behaviour.SetItem(state, WithField(s.World.Behaviour.GetValueOrDefault(state), field, v)) } });
                return true;
            case ["relation", var from, var to]:
                if (!StateCode.TryParse(from, out var holder) || !StateCode.TryParse(to, out var towards))
                {
                    error = $"'{from}' or '{to}' is not a state code (expected three capital letters, e.g. relation.UKR.RUS)";
                    return false;
                }

                if (holder == towards)
                {
                    error = $"a relation from {from} to itself (expected two different states)";
                    return false;
                }

                path = new(text, -1, 1, (s, v) => s with { World = s.World with { Relations = WithRelation(s.World.Relations, holder, towards, v) } });
                return true;
            default:
                error = $"unknown path '{text}' (expected {Grammar})";
                return false;
        }
    }

    /// <summary>The states the path names (to check against the seeds).</summary>
    public ImmutableArray<StateCode> States =>
        Text.Split('.') switch
        {
            ["behaviour", var code, _] when code != "*" => [StateCode.Parse(code)],
            ["relation", var from, var to] => [StateCode.Parse(from), StateCode.Parse(to)],
            _ => [],
        };

    /// <summary>The scenario with this number set to <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside <see cref="Min"/> to <see cref="Max"/>.</exception>
    public Scenario ApplyTo(Scenario scenario, double value)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (!(value >= Min && value <= Max))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"{Text} must lie from {Min} to {Max}.");
        }

        return _apply(scenario, value);
    }

    private static BehaviourOverride WithField(BehaviourOverride? current, string field, double value)
    {
        var behaviour = current ?? new BehaviourOverride(null, null, null, null);
        return field switch
        {
            "consensus_break_propensity" => behaviour with { ConsensusBreakPropensity = value },
            "abstention_band" => behaviour with { AbstentionBand = value },
            "attendance" => behaviour with { Attendance = value },
            _ => behaviour with { AssessedPayment = value },
        };
    }

    private static ImmutableArray<RelationOverride> WithRelation(ImmutableArray<RelationOverride> relations, StateCode from, StateCode to, double weight) =>
        [.. relations.Where(r => !(r.From == from && r.To == to)), new RelationOverride(from, to, weight)];
}
