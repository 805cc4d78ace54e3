namespace IomSim.Domain.Decisions;

/// <summary>The kinds of Council decision, each with its own majority rule and its own baseline support.</summary>
public enum MotionKind
{
    /// <summary>Admission of a member state (Constitution Art. 2(b): two-thirds of members present and voting).</summary>
    Admission,

    /// <summary>The Programme and Budget (simple majority: no special majority was found; see iom-facts.md).</summary>
    Budget,

    /// <summary>Any other decision (Art. 29: simple majority of members present and voting).</summary>
    Ordinary,

    /// <summary>Electing a Director General (Art. 18: two-thirds, in rounds).</summary>
    Election,
}
