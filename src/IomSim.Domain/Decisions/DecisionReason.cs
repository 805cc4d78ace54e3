namespace IomSim.Domain.Decisions;

/// <summary>What weighed most in a member's decision, so a class can see why a state broke consensus.</summary>
// A byte, like Vote, so that a MemberDecision fits in 16 bytes (see there).
public enum DecisionReason : byte
{
    /// <summary>It did not attend.</summary>
    Absent,

    /// <summary>The kind of motion's baseline (e.g. the norm of admitting applicants).</summary>
    Baseline,

    /// <summary>Its distance from the motion on the policy dimensions.</summary>
    Distance,

    /// <summary>Its relation to the motion's subject.</summary>
    Relation,

    /// <summary>Its blocs' view.</summary>
    Bloc,

    /// <summary>Its donors' view.</summary>
    Donors,

    /// <summary>The random term.</summary>
    Chance,
}
