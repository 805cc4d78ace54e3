using System.Collections.Immutable;
using IomSim.Domain.Decisions;
using IomSim.Domain.World;

namespace IomSim.Domain.Procedure;

/// <summary>What happened to one agenda item: who objected, who asked for a vote, the tally if any, the outcome.</summary>
/// <param name="Motion">The item.</param>
/// <param name="Outcome">How it ended.</param>
/// <param name="Tally">The formal vote's count, or null when adopted by consensus.</param>
/// <param name="Objectors">Members who objected to adoption by consensus, in code order.</param>
/// <param name="RequestedVote">Objectors who insisted on a formal vote, in code order.</param>
/// <param name="Votes">Each member's vote (or what it would have voted, when there was no formal vote).</param>
/// <param name="Reasons">What weighed most in each member's decision.</param>
public sealed record AgendaItemResult(
    Motion Motion,
    ItemOutcome Outcome,
    Tally? Tally,
    ImmutableArray<StateCode> Objectors,
    ImmutableArray<StateCode> RequestedVote,
    StateDictionary<Vote> Votes,
    StateDictionary<DecisionReason> Reasons);
