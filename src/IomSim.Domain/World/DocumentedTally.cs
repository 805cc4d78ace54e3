namespace IomSim.Domain.World;

/// <summary>A vote's totals as one source gives them.</summary>
/// <param name="Yes">In favour.</param>
/// <param name="No">Against.</param>
/// <param name="Abstain">Abstentions.</param>
/// <param name="NotVoting">Members that did not vote, when the source gives it.</param>
/// <param name="Source">The source.</param>
public sealed record DocumentedTally(int Yes, int No, int Abstain, int? NotVoting, string Source);
