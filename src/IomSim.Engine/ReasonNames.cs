using System.Collections.Frozen;
using IomSim.Domain.Decisions;

namespace IomSim.Engine;

/// <summary>
/// The names decision reasons have in results: the term, then its sign (+ towards yes, − towards no) for the terms of
/// the utility (<c>relation −</c>, <c>baseline +</c>); <c>abstention habit</c>, <c>not-voting habit</c>, <c>turnout</c>,
/// <c>chance</c>, <c>absent</c> otherwise. Made once instead of per member per run.
/// </summary>
internal static class ReasonNames
{
    private static readonly FrozenDictionary<DecisionReason, string> s_names = new Dictionary<DecisionReason, string>
    {
        [DecisionReason.Absent] = "absent",
        [DecisionReason.BaselineFor] = "baseline +",
        [DecisionReason.BaselineAgainst] = "baseline −",
        [DecisionReason.PositionFor] = "position +",
        [DecisionReason.PositionAgainst] = "position −",
        [DecisionReason.RelationFor] = "relation +",
        [DecisionReason.RelationAgainst] = "relation −",
        [DecisionReason.BlocFor] = "bloc +",
        [DecisionReason.BlocAgainst] = "bloc −",
        [DecisionReason.DonorsFor] = "donors +",
        [DecisionReason.DonorsAgainst] = "donors −",
        [DecisionReason.AbstentionHabit] = "abstention habit",
        [DecisionReason.NonParticipationHabit] = "not-voting habit",
        [DecisionReason.Turnout] = "turnout",
        [DecisionReason.Chance] = "chance",
    }.ToFrozenDictionary();

    /// <summary>The name of <paramref name="reason"/>.</summary>
    public static string Of(DecisionReason reason) => s_names.TryGetValue(reason, out var name) ? name : reason.ToString().ToLowerInvariant();
}
