using System.Collections.Immutable;
using IomSim.Domain.Decisions;
using IomSim.Domain.World;

namespace IomSim.Scenarios.Model;

/// <summary>One item on a session's agenda.</summary>
/// <param name="Id">Stable identifier: it keys the random streams and the results.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Title">One line for the narrative.</param>
/// <param name="Applicant">For an admission or acceptance: the state.</param>
/// <param name="Position">Where the motion stands, hand-set (a modelling assumption); for an admission, defaults to the applicant's position.</param>
/// <param name="FormalVoteRequestedBy">Members that ask for a formal vote whatever their own view (a documented request).</param>
/// <param name="Candidates">For an election.</param>
/// <param name="Documented">The id of the documented outcome in seeds/documented-outcomes.yaml to compare with, if any.</param>
public sealed record AgendaEntry(
    string Id,
    AgendaKind Kind,
    string Title,
    StateCode? Applicant,
    PolicyPosition? Position,
    ImmutableArray<StateCode> FormalVoteRequestedBy,
    ImmutableArray<Candidate> Candidates,
    string? Documented)
{
    /// <summary>
    /// For a budget item: the budget year it adopts (1951 to 2100), each year at most once in a scenario and in timeline
    /// order; null for a budget that is only voted on, and for every other kind.
    /// </summary>
    public int? Year { get; init; }

    /// <summary>
    /// For a decision or budget in the UN General Assembly: the earlier roll calls that place the motion
    /// (<c>placed_by</c>); null when the position is hand-set or, for an admission, taken from the applicant.
    /// </summary>
    public PlacementRequest? PlacedBy { get; init; }

    /// <summary>The documented turnout, a labelled scenario input (<c>turnout</c>); null when the model's habits decide who stays away.</summary>
    public TurnoutInput? Turnout { get; init; }

    /// <summary>For an election: withdrawals, the rule for a hopeless trailer and for a lone candidate (the Council's practice by default).</summary>
    public Domain.Procedure.ElectionRules ElectionRules { get; init; } = Domain.Procedure.ElectionRules.Default;

    /// <summary>For an election: how much each documented attribute of a candidate weighs (the stated defaults unless the scenario sets them).</summary>
    public ElectionWeights ElectionWeights { get; init; } = ElectionWeights.Default;
}
