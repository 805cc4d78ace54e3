namespace IomSim.Scenarios.Model;

/// <summary>
/// A session's documented turnout for an item (<c>turnout</c>): how many members took part (voted yes, no or
/// abstained), as the record states it. A scenario input that sets how many stay away, labelled as such in every
/// output; never a score.
/// </summary>
/// <param name="TakingPart">Members taking part in the vote.</param>
/// <param name="Source">Where the record states it.</param>
public sealed record TurnoutInput(int TakingPart, string Source);
