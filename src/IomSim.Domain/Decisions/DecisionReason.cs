namespace IomSim.Domain.Decisions;

/// <summary>
/// What pushed hardest towards the choice a member made, with its sign: a term of its utility that raised the case for
/// yes (<c>…For</c>, +) when it voted yes, or lowered it (<c>…Against</c>, −) when it voted no; a habit when it
/// abstained or stayed away; chance when no term pointed its way (the draw fell on a less likely choice).
/// </summary>
// A byte, like Vote, so that a MemberDecision fits in 16 bytes (see there).
public enum DecisionReason : byte
{
    /// <summary>Did not take part, and no habit or turnout explains it better (e.g. a member with no record).</summary>
    Absent,

    /// <summary>The kind of motion's baseline (e.g. the norm of admitting applicants), towards yes.</summary>
    BaselineFor,

    /// <summary>The kind of motion's baseline, towards no.</summary>
    BaselineAgainst,

    /// <summary>Its position relative to the motion's (ideal point and the motion's placement), towards yes.</summary>
    PositionFor,

    /// <summary>Its position relative to the motion's, towards no.</summary>
    PositionAgainst,

    /// <summary>Its relation to the motion's subject, towards yes.</summary>
    RelationFor,

    /// <summary>Its relation to the motion's subject, towards no.</summary>
    RelationAgainst,

    /// <summary>Its blocs' view, towards yes.</summary>
    BlocFor,

    /// <summary>Its blocs' view, towards no.</summary>
    BlocAgainst,

    /// <summary>Its donors' view, towards yes.</summary>
    DonorsFor,

    /// <summary>Its donors' view, towards no.</summary>
    DonorsAgainst,

    /// <summary>It abstained: its habit of abstaining on the motion's issue.</summary>
    AbstentionHabit,

    /// <summary>It did not take part: its habit of not voting on the motion's issue.</summary>
    NonParticipationHabit,

    /// <summary>It did not take part: the session's documented turnout (a scenario input) kept it away.</summary>
    Turnout,

    /// <summary>No term pointed towards its choice: the draw fell on a less likely one.</summary>
    Chance,
}
