namespace IomSim.Scenarios.Model;

/// <summary>The body whose members vote. Same decision model, another membership and rules.</summary>
public enum VotingBody
{
    /// <summary>The IOM Council: IOM members on the session's date; consensus first; the Constitution's majorities.</summary>
    IomCouncil,

    /// <summary>The UN General Assembly: UN members on the date; recorded votes by simple majority of those present and voting.</summary>
    UnGeneralAssembly,
}
