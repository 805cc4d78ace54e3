using System.Collections.Immutable;
using IomSim.Domain.Procedure;

namespace IomSim.Engine.Results;

/// <summary>What happened to one item in one run: the narrative's material.</summary>
/// <param name="Run">The run index.</param>
/// <param name="Outcome">The outcome name.</param>
/// <param name="Tally">The formal vote's count, if one was held.</param>
/// <param name="Objectors">Members that objected to consensus.</param>
/// <param name="RequestedVote">Members that insisted on a formal vote.</param>
/// <param name="Votes">Each member's vote (none for an election or an acceptance).</param>
/// <param name="Reasons">What weighed most in each member's decision.</param>
/// <param name="Election">For an election, its rounds.</param>
public sealed record EventRun(
    int Run,
    string Outcome,
    Tally? Tally,
    ImmutableArray<string> Objectors,
    ImmutableArray<string> RequestedVote,
    StateLabelDictionary Votes,
    StateLabelDictionary Reasons,
    ElectionResult? Election);
