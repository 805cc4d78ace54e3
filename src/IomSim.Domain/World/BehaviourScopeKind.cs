namespace IomSim.Domain.World;

/// <summary>The kinds of <see cref="BehaviourScope"/>, from the most general to the most specific.</summary>
public enum BehaviourScopeKind
{
    /// <summary>Every state.</summary>
    Global,

    /// <summary>The members of a group.</summary>
    Group,

    /// <summary>One state.</summary>
    State,
}
