using System.Collections.Immutable;
using IomSim.Domain.World;
using IomSim.Engine.Comparison;
using IomSim.Engine.Results;
using IomSim.Reports.Charts;
using IomSim.Scenarios;
using IomSim.Scenarios.Model;

namespace IomSim.Web.Views;

/// <summary>Turns the engine's result into the API's run view: summaries, the first run's narrative, and the record.</summary>
internal static class RunViews
{
    /// <summary>The view of <paramref name="result"/>, the runs of <paramref name="scenario"/> (as changed) in <paramref name="world"/>.</summary>
    public static RunView From(Scenario scenario, ScenarioResult result, World world, ImmutableArray<string> changes, int stored)
    {
        // The same comparison as the CLI's compare: ScenarioComparison, rendered here as JSON.
        var comparison = ScenarioComparison.Of(result);
        var comparisons = comparison.Comparisons.ToDictionary(c => c.Id, StringComparer.Ordinal);
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

    private static RecordView Record(World world, DocumentedOutcome documented, EventComparison comparison)
    {
        var route = comparison.Election is not null ? "election" : documented.FormalVote ? "formal-vote" : "consensus";
        return new(
            documented.Id,
            comparison.Election is not null ? comparison.DocumentedOutcome : documented.Outcome,
            documented.FormalVote,
            documented.VoteRequestedBy?.Value,
            comparison.OutcomeMatch,
            [.. documented.Tallies.Zip(comparison.Sources, (t, c) => new TallySourceView(t.Source, t.Yes, t.No, t.Abstain, t.NotVoting, comparison.TallyCompared ? c.TallyError : null))],
            [.. comparison.NamedVotes.Select(n => new NamedVoteView(n.State, NameOf(world, n.State), n.Documented, n.Agreement, n.Source))],
            comparison.NamedVotesMatched,
            documented.Source,
            route,
            comparison.FormalVoteShare,
            comparison.TallyCompared,
            comparison.Election is { } election
                ? new ElectionRecordView(
                    election.DocumentedWinner,
                    election.WinnerShare,
                    election.Winners,
                    election.MeanRounds,
                    [.. election.Rounds.Select(r => new RoundRecordView(r.Number, r.Source, r.Documented, r.Simulated, r.ReachedShare, r.Error))])
                : null);
    }

    private static FundingView Funding(FundingYearSummary year)
    {
        // The contributors the report's flow chart names one by one, then the rest together.
        var givers = year.Contributions.Where(c => c.VoluntaryUsd > 0)
            .OrderByDescending(c => c.VoluntaryUsd)
            .ThenBy(c => c.Donor, StringComparer.Ordinal)
            .ToArray();
        var shown = givers.Take(FundingFlowChart.DonorsShown).Select(c => Money(c.Donor, c.Name, [c]));
        var rest = givers.Skip(FundingFlowChart.DonorsShown).ToArray();
        var donors = rest.Length > 0 ? shown.Append(Money("others", $"{rest.Length} other contributors", rest)) : shown;
        return new FundingView(
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
            [.. donors],
            year.Flow.ToCoreUsd,
            year.Flow.ReturnedUsd,
            year.Flow.CarriedOverUsd,
            year.Concentration.Definition,
            [.. year.Documented.Select(f => new DocumentedFigureView(f.Measure, f.Donor, f.Documented, f.Simulated, f.Definition, f.Source))]);
    }

    // As the report's flow chart splits it: what did not go to projects, come back or carry over went to the core.
    private static DonorMoneyView Money(string donor, string name, IReadOnlyCollection<DonorContribution> who)
    {
        var voluntary = who.Sum(c => c.VoluntaryUsd);
        var toProjects = who.Sum(c => c.ToProjectsUsd);
        var returned = who.Sum(c => c.ReturnedUsd);
        var carried = who.Sum(c => c.CarriedOverUsd);
        return new DonorMoneyView(donor, name, voluntary, toProjects, Math.Max(0, voluntary - toProjects - returned - carried), returned, carried);
    }

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
