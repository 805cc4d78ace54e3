using System.Collections.Immutable;

namespace IomSim.Domain.World;

/// <summary>
/// Behaviour rules and their resolution. Each parameter is taken from the state's own rule if it sets it, else from
/// a rule of one of the state's groups (groups in ordinal order of name, the first that sets it), else from the global rule.
/// </summary>
public sealed class BehaviourTable
{
    private readonly ImmutableDictionary<StateCode, BehaviourRule> _byState;
    private readonly ImmutableSortedDictionary<string, BehaviourRule> _byGroup;

    /// <summary>Holds the rules; exactly one must be global and set every parameter.</summary>
    /// <exception cref="ArgumentException">No global rule, more than one rule for a scope, or a global rule with a value missing.</exception>
    public BehaviourTable(IEnumerable<BehaviourRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = [.. rules];
        var duplicate = Rules.GroupBy(r => r.Scope).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"More than one behaviour rule for '{duplicate.Key}'.", nameof(rules));
        }

        Global = Rules.SingleOrDefault(r => r.Scope.Kind == BehaviourScopeKind.Global)
            ?? throw new ArgumentException("There is no global behaviour rule ('*').", nameof(rules));
        if (Global.ConsensusBreakPropensity is null || Global.AbstentionBand is null || Global.Attendance is null || Global.AssessedPayment is null)
        {
            throw new ArgumentException("The global behaviour rule ('*') must set every parameter.", nameof(rules));
        }

        _byState = Rules.Where(r => r.Scope.Kind == BehaviourScopeKind.State)
            .ToImmutableDictionary(r => r.Scope.State!.Value);
        _byGroup = Rules.Where(r => r.Scope.Kind == BehaviourScopeKind.Group)
            .ToImmutableSortedDictionary(r => r.Scope.Group!, r => r, StringComparer.Ordinal);
    }

    /// <summary>Every rule, in the order given.</summary>
    public ImmutableArray<BehaviourRule> Rules { get; }

    /// <summary>The global rule.</summary>
    public BehaviourRule Global { get; }

    /// <summary>The behaviour of <paramref name="state"/>, a member of <paramref name="groups"/>.</summary>
    public Behaviour For(StateCode state, IEnumerable<string> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var chain = new List<BehaviourRule>(4);
        if (_byState.TryGetValue(state, out var own))
        {
            chain.Add(own);
        }

        foreach (var group in groups.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (_byGroup.TryGetValue(group, out var rule))
            {
                chain.Add(rule);
            }
        }

        chain.Add(Global);
        return new Behaviour(
            Resolve(chain, r => r.ConsensusBreakPropensity),
            Resolve(chain, r => r.AbstentionBand),
            Resolve(chain, r => r.Attendance),
            Resolve(chain, r => r.AssessedPayment));
    }

    /// <summary>The behaviour of <paramref name="state"/> with the groups it belonged to on <paramref name="date"/>.</summary>
    public Behaviour For(StateCode state, DateOnly date, GroupRegister groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        return For(state, groups.GroupsOf(state, date));
    }

    private static BehaviourValue Resolve(List<BehaviourRule> chain, Func<BehaviourRule, double?> field)
    {
        var rule = chain.First(r => field(r) is not null);
        return new BehaviourValue(field(rule)!.Value, rule.Scope, rule.Basis, rule.Source);
    }
}
