using System.Collections.Immutable;
using IomSim.Domain.Procedure;
using IomSim.Domain.World;

namespace IomSim.Domain.Decisions;

/// <summary>An election of the Director General (Constitution Art. 18).</summary>
/// <param name="Id">Stable identifier; it keys the random streams.</param>
/// <param name="Candidates">The candidates, in the order they were nominated.</param>
public sealed record Election(string Id, ImmutableArray<Candidate> Candidates)
{
    /// <summary>The practice applied between rounds: withdrawals, the lone-candidate rule, the cap on rounds.</summary>
    public ElectionRules Rules { get; init; } = ElectionRules.Default;

    /// <summary>How much each documented attribute of a candidate weighs.</summary>
    public ElectionWeights Weights { get; init; } = ElectionWeights.Default;

    /// <summary>Each state's UN regional group on the day of the vote (states in none are left out).</summary>
    public ImmutableDictionary<StateCode, string> Regions { get; init; } = ImmutableDictionary<StateCode, string>.Empty;

    /// <summary>The candidates' names, in nomination order.</summary>
    public ImmutableArray<string> Names => [.. Candidates.Select(c => c.Name)];

    /// <summary>The motion a member weighs a candidate as: an election motion at the candidate's position, about its nominator.</summary>
    public Motion MotionFor(Candidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return new Motion($"{Id}/{candidate.Name}", MotionKind.Election, candidate.Position, candidate.Nominator);
    }

    /// <summary>The key of one round's random streams.</summary>
    public string RoundId(int round) => $"{Id}/round-{round}";

    /// <summary>Before the first round, with this election's rules.</summary>
    public ElectionState Start() => ElectionState.Start(Names, Rules);
}
