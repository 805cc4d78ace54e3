using System.Collections.Immutable;
using System.Diagnostics;
using IomSim.Domain.Procedure;
using IomSim.Domain.World;
using IomSim.Domain.Funding;
using IomSim.Engine.Funding;
using IomSim.Engine.Results;
using IomSim.Engine.Telemetry;
using IomSim.Grains;
using IomSim.Runtime;
using IomSim.Runtime.Hosting;
using IomSim.Runtime.Scheduling;
using IomSim.Scenarios.Model;

namespace IomSim.Engine;

/// <summary>
/// One run of a scenario: on a worker's grain runtime (deterministic scheduler, reset after each run, so each run
/// starts as on a fresh one), the timeline played item by item through the Administration, Council and member-state
/// grains.
/// </summary>
internal static class ScenarioRun
{
    // Nothing is read back from storage after a run, and the Administration's state is an immutable record replaced on
    // every change, so its storage keeps the object itself rather than a JSON copy of it on every write.
    private static readonly GrainRuntimeOptions s_options = new GrainRuntimeOptions
    {
        Scheduler = SchedulerKind.Deterministic,
        IdleTimeout = Timeout.InfiniteTimeSpan,
    }.AddGrainsFrom(typeof(CouncilGrain).Assembly).AddReferenceGrainStorage();

    /// <summary>A runtime for playing runs: deterministic scheduler, the grains, in-process storage.</summary>
    public static GrainRuntime NewRuntime() => new(s_options);

    /// <summary>
    /// Plays the timeline once on <paramref name="runtime"/>, then resets it for the next run: its grains stay active,
    /// reset to what a fresh runtime would give them, so a worker pays for activating them once, not once per run.
    /// Returns each item's result in timeline order, and each budget year played.
    /// </summary>
    public static PlayedRun Play(GrainRuntime runtime, ScenarioStage stage, ulong seed, int run)
    {
        var played = runtime.RunAsync(grains => PlayAsync(grains, stage, new RunKey(seed, run))).GetAwaiter().GetResult();
        runtime.ResetAsync().GetAwaiter().GetResult();
        return played;
    }

    private static async Task<PlayedRun> PlayAsync(IGrainFactory grains, ScenarioStage stage, RunKey run)
    {
        var administration = grains.GetGrain<IAdministrationGrain>(stage.Organisation);
        var council = grains.GetGrain<ICouncilGrain>(stage.Organisation);
        var events = ImmutableArray.CreateBuilder<(AgendaEntry, Session, EventRun)>();
        var years = ImmutableArray.CreateBuilder<FundingYearRun>();
        var carriedOver = ImmutableSortedDictionary<DonorId, decimal>.Empty;
        var runSpan = Activity.Current;
        foreach (var session in stage.Scenario.Timeline)
        {
            // Each session is a trace of its own (see EngineTelemetry.SessionStarted); nothing happens while nobody listens.
            var sessionSpan = EngineTelemetry.SessionStarted(stage.Scenario.Id, session, run.Run, runSpan);
            try
            {
                await administration.Register(stage.RegisterOn(session.Date));

                // The Administration tells each Council session who has fallen behind; the vote goes a year later.
                await administration.ReportArrearsToCouncil(session.Date);
                foreach (var entry in session.Items)
                {
                    var result = entry.Kind switch
                    {
                        AgendaKind.Acceptance => await AcceptAsync(administration, entry, session, run),
                        AgendaKind.Election => await ElectAsync(council, stage, entry, session, run),
                        _ => await DecideAsync(administration, council, stage, entry, session, run),
                    };
                    events.Add((entry, session, result));

                    // An adopted budget, or one rejected (the Organization then runs on the rates proposed), starts the year.
                    if (entry.Kind == AgendaKind.Budget && entry.Year is { } year)
                    {
                        var played = await FundingYearPlay.PlayAsync(grains, administration, stage, year, carriedOver, run);
                        carriedOver = played.Report.Ledger.Donors
                            .Where(l => l.CarriedOverUsd > 0)
                            .ToImmutableSortedDictionary(l => l.Donor, l => l.CarriedOverUsd);
                        years.Add(played);
                    }
                }
            }
            finally
            {
                EngineTelemetry.SessionFinished(sessionSpan, runSpan);
            }
        }

        return new PlayedRun(events.ToImmutable(), years.ToImmutable());
    }

    private static async Task<EventRun> DecideAsync(
        IAdministrationGrain administration, ICouncilGrain council, ScenarioStage stage, AgendaEntry entry, Session session, RunKey run)
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
        var result = await council.Decide(new AgendaItem(motion, session.Date, staged.Briefs) { FormalVoteRequestedBy = staged.Roster.FormalVoteRequestedBy }, run);
        if (entry.Kind == AgendaKind.Admission && result.Outcome is ItemOutcome.AdoptedByConsensus or ItemOutcome.AdoptedByVote)
        {
            await administration.RecordApproval(entry.Applicant!.Value, session.Date);
        }

        return new EventRun(
            run.Run,
            OutcomeNames.Of(result.Outcome),
            result.Tally,
            [.. result.Objectors.Select(s => s.Value)],
            [.. result.RequestedVote.Select(s => s.Value)],
            staged.Votes.Label(result.Votes, OutcomeNames.Of),
            staged.Reasons.Label(result.Reasons, ReasonNames.Of),
            null);
    }

    private static async Task<EventRun> ElectAsync(
        ICouncilGrain council, ScenarioStage stage, AgendaEntry entry, Session session, RunKey run)
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
        var result = await council.Elect(new ElectionItem(election, session.Date, staged.Briefs), run);
        var outcome = result.Elected is { } elected ? OutcomeNames.Elected(elected) : OutcomeNames.NoWinner;
        return new EventRun(run.Run, outcome, null, [], [], StateLabelDictionary.Empty, StateLabelDictionary.Empty, result);
    }

    private static async Task<EventRun> AcceptAsync(IAdministrationGrain administration, AgendaEntry entry, Session session, RunKey run)
    {
        string outcome;
        try
        {
            await administration.RecordAcceptance(entry.Applicant!.Value, session.Date);
            outcome = OutcomeNames.Accepted;
        }
        catch (InvalidOperationException)
        {
            outcome = OutcomeNames.NothingToAccept;
        }

        return new EventRun(run.Run, outcome, null, [], [], StateLabelDictionary.Empty, StateLabelDictionary.Empty, null);
    }
}
