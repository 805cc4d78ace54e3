using System.Collections.Immutable;
using IomSim.Domain.World;
using IomSim.Engine.Comparison;
using IomSim.Engine.Results;
using IomSim.Scenarios;
using IomSim.Scenarios.Model;

namespace IomSim.Web.Views;

/// <summary>Turns the engine's result into the API's run view: summaries, the first run's narrative, and the record.</summary>
internal static class RunViews
{
    /// <summary>The view of <paramref name="result"/>, the runs of <paramref name="scenario"/> (as changed) in <paramref name="world"/>.</summary>
    public static RunView From(Scenario scenario, ScenarioResult result, World world, ImmutableArray<string> changes, int stored)
    {
        var comparisons = ScenarioComparer.Compare(result).ToDictionary(c => c.Id, StringComparer.Ordinal);
        var entries = scenario.Timeline.SelectMany(s => s.Items).ToDictionary(e => e.Id, StringComparer.Ordinal);
        var sessions = result.Events
            .GroupBy(e => (e.Date, e.Session))
            .Select(g => new SessionView(g.Key.Session, Date(g.Key.Date), [.. g.Select(e => Item(scenario, world, e, entries[e.Id], comparisons.GetValueOrDefault(e.Id)))]))
            .ToImmutableArray();
        return new RunView(
            result.Scenario,
            result.Title,
            ScenarioFormat.BodyName(scenario.Body),
            result.Seed,
            result.Runs,
            result.Version,
            result.ContentHash,
            result.Calibrated ? "calibrated" : "stated defaults, not calibrated",
            changes,
            sessions,
            [.. result.Funding.Select(Funding)],
            stored);
    }

    /// <summary>A state's UN short name, or its code when the world does not know it.</summary>
    public static string NameOf(World world, string code) =>
        StateCode.TryParse(code, out var state) && world.States.TryGetValue(state, out var known) ? known.Name : code;

    /// <summary>A day as <c>YYYY-MM-DD</c>.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Where <paramref name="state"/> stands in the scenario: its override, else the seeded estimate, else the centre.</summary>
    public static PolicyPosition PositionOf(Scenario scenario, World world, StateCode state) =>
        scenario.World.Positions.TryGetValue(state, out var overridden) ? overridden
        : world.Positions.TryGetValue(state, out var seeded) ? seeded.Position
        : PolicyPosition.Centre;

    private static ItemRunView Item(Scenario scenario, World world, EventResult item, AgendaEntry entry, EventComparison? comparison)
    {
        var tally = new TallyView(Of(item.Tally.Yes), Of(item.Tally.No), Of(item.Tally.Abstain), Of(item.Tally.Absent), Of(item.Tally.NotEntitled));
        return new ItemRunView(
            item.Id,
            item.Kind,
            item.Title,
            entry.Applicant?.Value,
            entry.Year,
            item.Outcomes,
            item.FormalVoteShare,
            tally,
            Narrative(scenario, world, item, item.Runs[0]),
            item.Documented is { } documented && comparison is not null ? Record(world, documented, comparison) : null);
    }

    private static NarrativeView Narrative(Scenario scenario, World world, EventResult item, EventRun run)
    {
        var seats = run.Votes
            .Select(v =>
            {
                var code = StateCode.Parse(v.Key);
                return new SeatView(
                    v.Key,
                    NameOf(world, v.Key),
                    v.Value,
                    run.Reasons.GetValueOrDefault(v.Key, string.Empty),
                    [.. world.Groups.GroupsOf(code, item.Date)],
                    PositionOf(scenario, world, code).Alignment,
                    item.Documented?.NamedVoteOf(code) is { } recorded ? Recorded(recorded) : null);
            })
            .OrderBy(s => s.Alignment)
            .ThenBy(s => s.Code, StringComparer.Ordinal)
            .ToImmutableArray();
        var rounds = run.Election is { } election
            ? election.Rounds.Select(r =>
                $"round {r.Number}: {string.Join(", ", r.Votes.Select(v => $"{v.Key} {v.Value}"))}, {r.Blank} blank"
                + (r.Elected is { } elected ? $"; {elected} elected" : r.Eliminated is { } dropped ? $"; {dropped} eliminated" : string.Empty)).ToImmutableArray()
            : [];
        return new NarrativeView(
            run.Run,
            run.Outcome,
            run.Tally is { } t ? new CountView(t.Yes, t.No, t.Abstain, t.Absent, t.NotEntitled) : null,
            [.. run.Objectors.Select(c => new NamedStateView(c, NameOf(world, c)))],
            [.. run.RequestedVote.Select(c => new NamedStateView(c, NameOf(world, c)))],
            seats,
            rounds)
        {
            Council = CouncilCharts.Of(item, run, world),
            Ballots = CouncilCharts.Rounds(item, run),
        };
    }

    private static RecordView Record(World world, DocumentedOutcome documented, EventComparison comparison) => new(
        documented.Id,
        documented.Outcome,
        documented.FormalVote,
        documented.VoteRequestedBy?.Value,
        comparison.OutcomeMatch,
        [.. documented.Tallies.Zip(comparison.Sources, (t, c) => new TallySourceView(t.Source, t.Yes, t.No, t.Abstain, t.NotVoting, c.TallyError))],
        [.. comparison.NamedVotes.Select(n => new NamedVoteView(n.State, NameOf(world, n.State), n.Documented, n.Agreement, n.Source))],
        comparison.NamedVotesMatched,
        documented.Source);

    private static FundingView Funding(FundingYearSummary year) => new(
        year.Year,
        Of(year.Overall.Coverage),
        year.Flow.AppealUsd,
        year.Overall.FundedUsd,
        year.Flow.NewVoluntaryUsd,
        year.Flow.ToProjectsUsd,
        year.Flow.OverheadIncomeUsd,
        year.Overall.Cancelled,
        year.Overall.Unfunded,
        year.Concentration.TopFive,
        year.Concentration.TopFiveShare,
        [.. year.ByTheme.Select(c => new CoverageView(c.Key, c.Projects, c.CostUsd, c.FundedUsd, c.Coverage.Mean, c.Cancelled))],
        [.. year.Contributions.Where(c => c.VoluntaryUsd > 0).Take(10).Select(c => new DonorMoneyView(c.Donor, c.Name, c.VoluntaryUsd, c.ToProjectsUsd))]);

    private static DistributionView Of(Distribution d) => new(d.Mean, d.P05, d.P95);

    // A recorded vote under the name simulated votes use: not voting on record is absence.
    private static string Recorded(RecordedVote vote) => vote switch
    {
        RecordedVote.Yes => "yes",
        RecordedVote.No => "no",
        RecordedVote.Abstain => "abstain",
        _ => "absent",
    };
}
