using FsCheck;
using FsCheck.Fluent;
using IomSim.Domain.Decisions;
using IomSim.Domain.Procedure;
using IomSim.Engine.Results;
using IomSim.Engine.Sweeps;

namespace IomSim.Engine.Tests.Sweeps;

/// <summary>One item over a setting's runs, worked by hand.</summary>
public sealed class SweepSummaryTests
{
    [Fact]
    public void Pivotal_states_are_counted_over_all_runs_most_often_first()
    {
        // Run 0: 3-2 by simple majority, so A, B, C (yes) and the abstainer F are pivotal. Run 1: 4-1, nobody is.
        // Run 2: no formal vote (consensus), nobody is.
        EventRun[] runs =
        [
            Run(0, "adopted-by-vote", ("A", "yes"), ("B", "yes"), ("C", "yes"), ("D", "no"), ("E", "no"), ("F", "abstain")),
            Run(1, "adopted-by-vote", ("A", "yes"), ("B", "yes"), ("C", "yes"), ("D", "yes"), ("E", "no"), ("F", "abstain")),
            new(2, "adopted-by-consensus", null, [], [], StateLabelDictionary.Empty, StateLabelDictionary.Empty, null),
        ];

        var item = SweepSummary.Item("x", "decision", [.. runs]);

        Assert.Equal(["A", "B", "C", "F"], item.Pivotal.Select(p => p.State));
        Assert.All(item.Pivotal, p => Assert.Equal(1.0 / 3, p.Share, 12));
        Assert.Equal(1.0, item.Adopted!.Value.Estimate);
        Assert.Equal(2.0 / 3, item.FormalVoteShare, 12);
        Assert.Equal(3.5, item.Tally[0].Mean.Estimate);
        Assert.Equal(ConfidenceIntervals.Wilson(2, 3), item.Outcomes["adopted-by-vote"]);
    }

    [Fact]
    public void Acceptances_have_no_adoption_and_no_pivotal_states()
    {
        EventRun[] runs = [new(0, "accepted", null, [], [], StateLabelDictionary.Empty, StateLabelDictionary.Empty, null)];

        var item = SweepSummary.Item("x", "acceptance", [.. runs]);

        Assert.Null(item.Adopted);
        Assert.Empty(item.Pivotal);
    }

    [Fact]
    public void Pivotal_shares_counted_by_index_are_those_of_each_runs_pivotal_states()
    {
        string[] labels = ["yes", "no", "abstain", "absent", "not-entitled"];
        var run =
            from votes in Gen.ArrayOf(Gen.Elements(labels), 8)
            from present in Gen.ArrayOf(Gen.Elements(true, true, false), 8)
            select votes.Select((vote, i) => (State: ((char)('A' + i)).ToString(), Vote: vote)).Where((_, i) => present[i]).ToArray();
        var setting =
            from kind in Gen.Elements("admission", "budget", "decision")
            from runs in Gen.NonEmptyListOf(run)
            select (kind, runs);
        Prop.ForAll(setting.ToArbitrary(), s =>
        {
            EventRun[] runs = [.. s.runs.Select((votes, i) => Run(i, "adopted-by-vote", votes))];
            var kind = SweepSummary.MotionKindOf(s.kind)!.Value;

            // The definition: each run's pivotal states, grouped over the runs.
            var expected = runs
                .SelectMany(r => PivotalStates.Of(r.Votes.Select(v => KeyValuePair.Create(v.Key, Enum.Parse<Vote>(v.Value.Replace("-", string.Empty), ignoreCase: true))), kind))
                .GroupBy(state => state, StringComparer.Ordinal)
                .Select(g => new PivotalShare(g.Key, (double)g.Count() / runs.Length))
                .OrderByDescending(p => p.Share)
                .ThenBy(p => p.State, StringComparer.Ordinal)
                .Take(SweepSummary.TopPivotal);

            return SweepSummary.Item("x", s.kind, [.. runs]).Pivotal.SequenceEqual(expected);
        }).QuickCheckThrowOnFailure();
    }

    private static EventRun Run(int run, string outcome, params (string State, string Vote)[] votes)
    {
        var map = StateLabelDictionary.From(votes.Select(v => KeyValuePair.Create(v.State, v.Vote)));
        var tally = new Tally(votes.Count(v => v.Vote == "yes"), votes.Count(v => v.Vote == "no"), votes.Count(v => v.Vote == "abstain"), 0, 0);
        return new EventRun(run, outcome, tally, [], [], map, StateLabelDictionary.Empty, null);
    }
}
