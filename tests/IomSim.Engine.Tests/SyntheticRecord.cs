using System.Collections.Immutable;
using IomSim.Domain.World;
using IomSim.Engine.Results;
using IomSim.Scenarios.Model;

namespace IomSim.Engine.Tests;

/// <summary>
/// A "record" made by the model itself: a scenario of one IOM Council day with three formal votes, run with known
/// parameters, whose mean tallies (rounded) and the clear votes of states become documented outcomes.
/// </summary>
internal static class SyntheticRecord
{
    public static readonly DateOnly Day = new(2020, 11, 24);

    /// <summary>The scenario: Russia's admission (with 40 members given relations to Russia from −0.9 to −0.1) and two decisions far apart.</summary>
    public static Scenario Scenario()
    {
        var sitting = BodyMembership.MembersOn(Scenarios.World, VotingBody.IomCouncil, Day);
        var related = sitting.Where((_, i) => i % 4 == 1).Take(40).ToArray();
        var relations = related.Select((s, i) => new RelationOverride(s, Scenarios.Code("RUS"), Math.Round(-0.9 + (0.8 * i / (related.Length - 1)), 3)))
            .Where(r => r.From != Scenarios.Code("UKR") && r.From != Scenarios.Code("GEO"))
            .ToImmutableArray();
        var items = ImmutableArray.Create(
            new AgendaEntry("synthetic/admission", AgendaKind.Admission, "Admission", Scenarios.Code("RUS"), null, [Scenarios.Code("UKR")], [], "synthetic/admission"),
            new AgendaEntry("synthetic/left", AgendaKind.Decision, "Left", null, new PolicyPosition(-0.4, -0.3), [Scenarios.Code("USA")], [], "synthetic/left"),
            new AgendaEntry("synthetic/right", AgendaKind.Decision, "Right", null, new PolicyPosition(0.7, 0.7), [Scenarios.Code("CHN")], [], "synthetic/right"));
        return new Scenario(
            "synthetic",
            "synthetic",
            "built in a test",
            VotingBody.IomCouncil,
            new ScenarioWorld(Domain.Decisions.DecisionParameters.Default, false, ImmutableSortedDictionary<StateCode, PolicyPosition>.Empty, relations, ImmutableSortedDictionary<StateCode, BehaviourOverride>.Empty),
            [new Session("synthetic session", Day, items)],
            1,
            1,
            new ScenarioSource("synthetic.yaml", "synthetic"));
    }

    /// <summary>The seeded world with the documented outcomes of <paramref name="truth"/> (a run of <see cref="Scenario"/>) as its record.</summary>
    public static World WorldRecording(ScenarioResult truth) =>
        Scenarios.World with { Outcomes = truth.Events.ToImmutableSortedDictionary(e => e.Id, Recorded, StringComparer.Ordinal) };

    // Like a real record, it names only the states whose vote is clear: those that vote one way in at least 3 runs of 4.
    private static DocumentedOutcome Recorded(EventResult result)
    {
        var modal = result.States
            .Select(s => (State: StateCode.Parse(s.Key), Top: s.Value.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).First()))
            .Where(s => s.Top.Value >= 0.75)
            .Select(s => (s.State, Vote: s.Top.Key))
            .Where(s => s.Vote != "not-entitled")
            .GroupBy(s => s.Vote, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new NamedVoteList(VoteOf(g.Key), [.. g.Select(s => s.State)], null, "the model"))
            .ToImmutableArray();
        var tally = new DocumentedTally(
            (int)Math.Round(result.Tally.Yes.Mean), (int)Math.Round(result.Tally.No.Mean), (int)Math.Round(result.Tally.Abstain.Mean), null, "the model");
        var adopted = result.Outcomes.GetValueOrDefault("adopted-by-vote") >= 0.5;
        return new DocumentedOutcome(
            result.Id, "IOM Council", "synthetic session", Day, result.Kind, [], true, null, adopted ? "approved" : "rejected",
            "the model", string.Empty, [tally], modal, null, null);
    }

    private static RecordedVote VoteOf(string vote) => vote switch
    {
        "yes" => RecordedVote.Yes,
        "no" => RecordedVote.No,
        "abstain" => RecordedVote.Abstain,
        _ => RecordedVote.NotVoting,
    };
}
