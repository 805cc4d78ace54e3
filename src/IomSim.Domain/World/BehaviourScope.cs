namespace IomSim.Domain.World;

/// <summary>What a behaviour rule applies to: every state, the members of a UN regional group, or one state.</summary>
public readonly record struct BehaviourScope
{
    private BehaviourScope(BehaviourScopeKind kind, string? group, StateCode? state)
    {
        Kind = kind;
        Group = group;
        State = state;
    }

    /// <summary>The kind of scope.</summary>
    public BehaviourScopeKind Kind { get; }

    /// <summary>The group's name, for a group scope.</summary>
    public string? Group { get; }

    /// <summary>The state, for a state scope.</summary>
    public StateCode? State { get; }

    /// <summary>Every state (written <c>*</c>).</summary>
    public static BehaviourScope Global { get; } = new(BehaviourScopeKind.Global, null, null);

    /// <summary>The members of one group (written <c>group:NAME</c>).</summary>
    public static BehaviourScope OfGroup(string group) => new(BehaviourScopeKind.Group, group, null);

    /// <summary>One state (written as its code).</summary>
    public static BehaviourScope OfState(StateCode state) => new(BehaviourScopeKind.State, null, state);

    /// <summary>The scope as written in <c>seeds/behaviour.csv</c>.</summary>
    public override string ToString() => Kind switch
    {
        BehaviourScopeKind.Global => "*",
        BehaviourScopeKind.Group => $"group:{Group}",
        _ => State?.ToString() ?? string.Empty,
    };
}
