namespace IomSim.Scenarios.Model;

/// <summary>What an agenda entry is.</summary>
public enum AgendaKind
{
    /// <summary>An application for membership (needs <c>applicant</c>; a later <see cref="Acceptance"/> item makes it take effect).</summary>
    Admission,

    /// <summary>The Programme and Budget.</summary>
    Budget,

    /// <summary>Any other decision or resolution (needs <c>position</c>).</summary>
    Decision,

    /// <summary>A Director-General election (needs <c>candidates</c>).</summary>
    Election,

    /// <summary>A member's acceptance of the Constitution, making an approved admission effective (needs <c>applicant</c>).</summary>
    Acceptance,
}
