using System.Collections.Immutable;
using IomSim.Domain.Funding;
using IomSim.Domain.World;
using IomSim.Scenarios.Model;
using IomSim.Scenarios.Reading;

namespace IomSim.Scenarios;

/// <summary>
/// A named number in a scenario that a sweep (and an experiment file) may set — the one grammar of sweep paths:
/// <c>parameters.KEY</c> (a key of <c>world.parameters</c>), <c>behaviour.CODE.FIELD</c> (a field of
/// <c>world.behaviour</c>; CODE <c>*</c> for every state), <c>relation.FROM.TO</c> (a relation, −1 to 1),
/// <c>donor.DONOR.factor</c> (the factor of the donor's funding change, or a new <c>scale</c> change) and
/// <c>funding.KEY</c> (a key of <c>funding:</c>). Setting one changes the scenario exactly as writing that value into
/// its file would.
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

    /// <summary>The keys of <c>funding:</c> a path may set, with their ranges (as the reader checks them).</summary>
    public static ImmutableArray<(string Key, double Min, double Max)> FundingKeys { get; } =
        [("pledge_noise", 0, 5), ("overhead_rate", 0, 1), ("minimum_coverage_to_start", 0, 1)];

    /// <summary>The largest donor factor, as the reader accepts for <c>scale:</c> and <c>factor:</c>.</summary>
    public const double MaxDonorFactor = 10;

    /// <summary>Every form a path may take, one line each, for error messages and the docs.</summary>
    public static ImmutableArray<string> Forms { get; } =
    [
        $"parameters.KEY (KEY one of: {string.Join(", ", ParameterTable.Keys)})",
        $"behaviour.CODE.FIELD (FIELD one of: {string.Join(", ", ScenarioKeys.Behaviour)}; CODE a state code, or * for every state)",
        "relation.FROM.TO (FROM and TO state codes)",
        "donor.DONOR.factor (DONOR a donor id such as USA, EU or UN-POOLED-FUNDS)",
        $"funding.KEY (KEY one of: {string.Join(", ", FundingKeys.Select(k => k.Key))})",
    ];

    /// <summary>What a path may be, for error messages.</summary>
    public static string Grammar { get; } = string.Join("; ", Forms);

    /// <summary>Whether the path changes the funding of budget years (so it changes nothing in a scenario without one).</summary>
    public bool IsFunding => Text.StartsWith("donor.", StringComparison.Ordinal) || Text.StartsWith("funding.", StringComparison.Ordinal);

    /// <summary>Reads a path.</summary>
    /// <exception cref="FormatException">The path is not one of <see cref="Forms"/>; the message says what was wrong and lists them.</exception>
    public static ScenarioSettingPath Parse(string text) =>
        TryParse(text, out var path, out var error) ? path! : throw new FormatException(error);

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
            case ["donor", var id, "factor"]:
                if (!DonorId.TryParse(id, out var donor))
                {
                    error = $"'{id}' is not a donor id (expected a state code such as USA, or upper-case letters, digits and hyphens such as EU)";
                    return false;
                }

                path = new(text, 0, MaxDonorFactor, (s, v) => s with { Funding = s.Funding with { Donors = WithFactor(s.Funding.Donors, donor, v) } });
                return true;
            case ["funding", var key]:
                if (FundingKeys.FirstOrDefault(k => k.Key == key) is not { Key: not null } funding)
                {
                    error = $"unknown funding key '{key}' (expected one of: {string.Join(", ", FundingKeys.Select(k => k.Key))})";
                    return false;
                }

                path = new(text, funding.Min, funding.Max, (s, v) => s with { Funding = WithFunding(s.Funding, key, v) });
                return true;
            default:
                error = $"unknown path '{text}' (expected one of: {Grammar})";
                return false;
        }
    }

    /// <summary>The states the path names (to check against the seeds).</summary>
    public ImmutableArray<StateCode> States =>
        Text.Split('.') switch
        {
            ["behaviour", var code, _] when code != "*" => [StateCode.Parse(code)],
            ["relation", var from, var to] => [StateCode.Parse(from), StateCode.Parse(to)],
            ["donor", var id, _] when DonorId.Parse(id).State is { } state => [state],
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

    // The donor's scale or match changes take the factor (in every period they name); with none, the donor is scaled in
    // every year. A donor that receives a group's pooled money has no factor of its own: the reader forbids scaling it.
    private static ImmutableArray<DonorChange> WithFactor(ImmutableArray<DonorChange> changes, DonorId donor, double factor)
    {
        if (changes.Any(c => c.Donor == donor && c.Kind == DonorChangeKind.Pool))
        {
            throw new ArgumentException($"donor {donor} takes a group's pooled money in this scenario, so it has no factor to vary (a scale or match would say two things about its money)", nameof(donor));
        }

        return changes.Any(c => c.Donor == donor)
            ? [.. changes.Select(c => c.Donor == donor ? c with { Factor = factor } : c)]
            : changes.Add(new DonorChange(DonorChangeKind.Scale, donor, factor, null, null, null));
    }

    private static ScenarioFunding WithFunding(ScenarioFunding funding, string key, double value) => key switch
    {
        "pledge_noise" => funding with { PledgeNoise = value },
        "overhead_rate" => funding with { Rules = funding.Rules with { OverheadRate = (decimal)value } },
        _ => funding with { Rules = funding.Rules with { MinimumCoverageToStart = (decimal)value } },
    };

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
