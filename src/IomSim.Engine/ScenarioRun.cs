using System.Collections.Immutable;
using System.Diagnostics;
using IomSim.Domain.Procedure;
using IomSim.Domain.World;
using IomSim.Domain.Funding;
using IomSim.Engine.Funding;
using IomSim.Engine.Results;
using IomSim.Engine.Telemetry;
using IomSim.Grains;
using IomSim.Scenarios.Model;

namespace IomSim.Engine;

/// <summary>
/// One batch of runs of a scenario on a lane's grains: the timeline played item by item through the Administration,
/// Council and member-state grains, each item decided for every run of the batch at once.
/// </summary>
internal static class ScenarioRun
{
    /// <summary>Plays the timeline once for every run of <paramref name="runs"/> on the lane <paramref name="lane"/>; returns each run's items and budget years, by place in the batch.</summary>
    public static async Task<PlayedRun[]> PlayAsync(IGrainFactory grains, ScenarioStage stage, string lane, RunBatch runs)
    {
        var administration = grains.GetGrain<IAdministrationGrain>(lane);
        var council = grains.GetGrain<ICouncilGrain>(lane);
        var events = new ImmutableArray<(AgendaEntry, Session, EventRun)>.Builder[runs.Count];
        var years = new ImmutableArray<FundingYearRun>.Builder[runs.Count];
        var carriedOver = new ImmutableSortedDictionary<DonorId, decimal>[runs.Count];
        for (var p = 0; p < runs.Count; p++)
        {
            events[p] = ImmutableArray.CreateBuilder<(AgendaEntry, Session, EventRun)>();
            years[p] = ImmutableArray.CreateBuilder<FundingYearRun>();
            carriedOver[p] = ImmutableSortedDictionary<DonorId, decimal>.Empty;
        }

        var runSpan = Activity.Current;
        foreach (var session in stage.Scenario.Timeline)
        {
            // Each session is a trace of its own (see EngineTelemetry.SessionStarted); nothing happens while nobody listens.
            var sessionSpan = EngineTelemetry.SessionStarted(stage.Scenario.Id, session, runs.First, runSpan);
            try
            {
                await administration.Register(stage.RegisterOn(session.Date), runs);

                // The Administration tells each Council session who has fallen behind; the vote goes a year later.
                await administration.ReportArrearsToCouncil(session.Date, runs);
                foreach (var entry in session.Items)
                {
                    var results = entry.Kind switch
                    {
                        AgendaKind.Acceptance => await AcceptAsync(administration, entry, session, runs),
                        AgendaKind.Election => await ElectAsync(council, stage, entry, session, runs),
                        _ => await DecideAsync(administration, council, stage, entry, session, runs),
                    };
                    for (var p = 0; p < runs.Count; p++)
                    {
                        events[p].Add((entry, session, results[p]));

                        // An adopted budget, or one rejected (the Organization then runs on the rates proposed), starts the year.
                        if (entry.Kind == AgendaKind.Budget && entry.Year is { } year)
                        {
                            var played = await FundingYearPlay.PlayAsync(grains, administration, stage, lane, year, carriedOver[p], runs[p]);
                            carriedOver[p] = played.Report.Ledger.Donors
                                .Where(l => l.CarriedOverUsd > 0)
                                .ToImmutableSortedDictionary(l => l.Donor, l => l.CarriedOverUsd);
                            years[p].Add(played);
                        }
                    }
                }
            }
            finally
            {
                EngineTelemetry.SessionFinished(sessionSpan, runSpan);
            }
        }

        return [.. Enumerable.Range(0, runs.Count).Select(p => new PlayedRun(events[p].ToImmutable(), years[p].ToImmutable()))];
    }

    private static async Task<EventRun[]> DecideAsync(
        IAdministrationGrain administration, ICouncilGrain council, ScenarioStage stage, AgendaEntry entry, Session session, RunBatch runs)
    {
        var motion = stage.MotionFor(entry, session.Date);
        var staged = stage.ItemFor(entry, session.Date, () =>
        {
            var roster = stage.RosterFor(session.Date, motion, entry.FormalVoteRequestedBy);
            return MemberBriefs.Stage(
                roster,
                member => roster.RelationToSubject.TryGetValue(member, out var weight) && motion.Subject is { } subject
                    ? ImmutableDictionary<StateCode, double>.Empty.Add(subject, weight)
                    : ImmutableDictionary<StateCode, double>.Empty,
                stage.Scenario.World.Parameters);
        });
        var decided = await council.Decide(new AgendaItem(motion, session.Date, staged.Briefs) { FormalVoteRequestedBy = staged.Roster.FormalVoteRequestedBy }, runs);
        var results = new EventRun[runs.Count];
        var approved = ImmutableArray.CreateBuilder<int>();
        for (var p = 0; p < runs.Count; p++)
        {
            var result = decided.ByRun[p];
            if (entry.Kind == AgendaKind.Admission && result.Outcome is ItemOutcome.AdoptedByConsensus or ItemOutcome.AdoptedByVote)
            {
                approved.Add(p);
            }

            results[p] = Decided(runs[p].Run, result, staged);
        }

        // One message for the batch's approvals: a message per run cost more than the vote it records.
        if (approved.Count > 0)
        {
            await administration.RecordApproval(entry.Applicant!.Value, session.Date, runs, approved.DrainToImmutable());
        }

        return results;
    }

    private static EventRun Decided(int run, AgendaItemResult result, StagedItem staged) =>
        new(
            run,
            OutcomeNames.Of(result.Outcome),
            result.Tally,
            [.. result.Objectors.Select(s => s.Value)],
            [.. result.RequestedVote.Select(s => s.Value)],
            staged.Votes.Label(result.Votes, OutcomeNames.Of),
            staged.Reasons.Label(result.Reasons, ReasonNames.Of),
            null);

    private static async Task<EventRun[]> ElectAsync(
        ICouncilGrain council, ScenarioStage stage, AgendaEntry entry, Session session, RunBatch runs)
    {
        var election = new Domain.Decisions.Election(entry.Id, entry.Candidates)
        {
            Rules = entry.ElectionRules,
            Weights = entry.ElectionWeights,
            Regions = stage.RegionsOn(session.Date),
        };
        var staged = stage.ItemFor(entry, session.Date, () => MemberBriefs.Stage(
            stage.RosterFor(session.Date, new Domain.Decisions.Motion(entry.Id, Domain.Decisions.MotionKind.Election, Domain.World.PolicyPosition.Centre), []),
            member => entry.Candidates
                .Select(c => c.Nominator)
                .Distinct()
                .Select(n => (Nominator: n, Weight: stage.RelationBetween(member, n, session.Date)))
                .Where(r => r.Weight != 0)
                .ToImmutableDictionary(r => r.Nominator, r => r.Weight),
            stage.Scenario.World.Parameters));
        var elected = await council.Elect(new ElectionItem(election, session.Date, staged.Briefs), runs);
        return [.. elected.ByRun.Select((result, p) => new EventRun(
            runs[p].Run,
            result.Elected is { } winner ? OutcomeNames.Elected(winner) : OutcomeNames.NoWinner,
            null,
            [],
            [],
            StateLabelDictionary.Empty,
            StateLabelDictionary.Empty,
            result))];
    }

    private static async Task<EventRun[]> AcceptAsync(IAdministrationGrain administration, AgendaEntry entry, Session session, RunBatch runs)
    {
        var accepted = await administration.RecordAcceptance(entry.Applicant!.Value, session.Date, runs);
        var results = new EventRun[runs.Count];
        for (var p = 0; p < runs.Count; p++)
        {
            var outcome = accepted[p] ? OutcomeNames.Accepted : OutcomeNames.NothingToAccept;
            results[p] = new EventRun(runs[p].Run, outcome, null, [], [], StateLabelDictionary.Empty, StateLabelDictionary.Empty, null);
        }

        return results;
    }
}
