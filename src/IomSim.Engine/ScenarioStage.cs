using System.Collections.Concurrent;
using System.Collections.Immutable;
using IomSim.Domain.Decisions;
using IomSim.Domain.Procedure;
using IomSim.Domain.World;
using IomSim.Scenarios.Model;

namespace IomSim.Engine;

/// <summary>
/// The seeded world as one scenario changes it: positions, relations and behaviour overridden where the scenario
/// says so, and the Council roster for each item built from that. Everything here is a pure function of the world and
/// the scenario, so what every run needs is built once and shared (read-only) by all runs and threads.
/// </summary>
internal sealed class ScenarioStage(World world, Scenario scenario)
{
    private readonly ConcurrentDictionary<DateOnly, ImmutableSortedDictionary<StateCode, DateOnly>> _registers = new();
    private readonly ConcurrentDictionary<(DateOnly Date, Motion Motion, string RequestedBy), CouncilRoster> _rosters = new();
    private readonly ConcurrentDictionary<(AgendaEntry Entry, DateOnly Date), StagedItem> _items = new();

    // One motion object per entry for all runs: the member grains remember what they worked out for the last motion
    // they were asked about, by reference.
    private readonly ConcurrentDictionary<AgendaEntry, Motion> _motions = new(ReferenceEqualityComparer.Instance);

    private MotionPlacement? _placement;
    private readonly ConcurrentDictionary<DateOnly, ImmutableDictionary<StateCode, string>> _regions = new();

    public World World { get; } = world;

    public Scenario Scenario { get; } = scenario;

    /// <summary>The organisation key of the body's grains.</summary>
    public string Organisation => Scenario.Body == VotingBody.IomCouncil ? "iom" : "unga";

    public PolicyPosition PositionOf(StateCode state) =>
        Scenario.World.Positions.TryGetValue(state, out var overridden) ? overridden
        : World.Positions.TryGetValue(state, out var seeded) ? seeded.Position
        : throw new InvalidOperationException($"{state} has no position in the seeds or the scenario.");

    public double RelationBetween(StateCode from, StateCode to, DateOnly date)
    {
        var overridden = Scenario.World.Relations.LastOrDefault(r => r.From == from && r.To == to);
        return overridden?.Weight ?? World.Relations.WeightFrom(from, to, date) ?? 0.0;
    }

    /// <summary>The probability <paramref name="state"/> pays a year's assessed contribution in full, as seeded or overridden.</summary>
    public double AssessedPaymentOf(StateCode state, DateOnly date) =>
        Scenario.World.Behaviour.GetValueOrDefault(state)?.AssessedPayment
        ?? Scenario.World.DefaultBehaviour?.AssessedPayment
        ?? World.BehaviourOf(state, date).AssessedPayment.Value;

    /// <summary>Each state's UN regional group on <paramref name="date"/>, for elections (built once per day, shared by all runs).</summary>
    public ImmutableDictionary<StateCode, string> RegionsOn(DateOnly date) =>
        _regions.GetOrAdd(date, day => World.States.Keys
            .Select(code => (Code: code, Region: World.Groups.GroupsOf(code, day).FirstOrDefault(g => g.StartsWith("UN-", StringComparison.Ordinal))))
            .Where(r => r.Region is not null)
            .ToImmutableDictionary(r => r.Code, r => r.Region!));

    /// <summary>The motion an agenda entry puts to the body on <paramref name="date"/> (its session's day).</summary>
    public Motion MotionFor(AgendaEntry entry, DateOnly date) =>
        _motions.GetOrAdd(entry, static (entry, args) => args.Stage.NewMotion(entry, args.Date), (Stage: this, Date: date));

    /// <summary>
    /// What an item's result rests on besides the seeds and parameters, for every output: how its motion was placed
    /// (from roll calls, from the applicant, or by hand: an assumption) and any documented turnout given as an input.
    /// </summary>
    public ImmutableArray<string> InputsOf(AgendaEntry entry, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Kind is AgendaKind.Acceptance or AgendaKind.Election)
        {
            return [];
        }

        var motion = MotionFor(entry, date);
        var inputs = ImmutableArray.CreateBuilder<string>();
        inputs.Add(PlacementOf(entry, date) is { } placed
            ? $"position: {placed.Description} (roll calls before the motion)"
            : entry.Position is { } at
                ? $"position: hand-set in the scenario (alignment {Show(at.Alignment)}, rights {Show(at.Rights)}), a modelling assumption"
                : entry.Kind == AgendaKind.Admission
                    ? $"position: the applicant's ({entry.Applicant}), estimated from UN roll calls, and members' relations to it"
                    : "position: the centre of the space, a modelling assumption");
        if (entry.Turnout is { } turnout)
        {
            inputs.Add($"turnout: {turnout.TakingPart} members taking part, from the record ({turnout.Source}): a scenario input, not a score");
        }

        return inputs.ToImmutable();
    }

    private static string Show(double value) => value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);

    // How an entry placed by data is placed: from the roll calls it names, or its issue's, before its day.
    private PlacedMotion? PlacementOf(AgendaEntry entry, DateOnly date)
    {
        if (entry.PlacedBy is not { } request)
        {
            return null;
        }

        var placed = request.Issue is { } issue ? Placement.ByIssue(issue, date) : Placement.BySymbols(request.RollCalls, date);
        return placed ?? throw new InvalidOperationException($"Item {entry.Id}: no roll call before {date:yyyy-MM-dd} for {request.Describe()}.");
    }

    private MotionPlacement Placement => _placement ??= new MotionPlacement(World.RollCalls.Items);

    private Motion NewMotion(AgendaEntry entry, DateOnly date)
    {
        var motion = entry.Kind switch
        {
            AgendaKind.Admission => new Motion(entry.Id, MotionKind.Admission, entry.Position ?? PositionOf(entry.Applicant!.Value), entry.Applicant),
            AgendaKind.Budget => new Motion(entry.Id, MotionKind.Budget, entry.Position ?? PolicyPosition.Centre),
            AgendaKind.Decision => new Motion(entry.Id, MotionKind.Ordinary, entry.Position ?? PolicyPosition.Centre),
            _ => throw new ArgumentException($"A {entry.Kind} is not a motion.", nameof(entry)),
        };

        if (PlacementOf(entry, date) is { } placed)
        {
            motion = motion with { Item = placed.Parameters, Issues = [.. placed.Issues] };
        }

        if (entry.Turnout is { } turnout)
        {
            var roster = RosterFor(date, motion, entry.FormalVoteRequestedBy);
            var takingPart = Math.Min(turnout.TakingPart, roster.Members.Length);
            motion = motion with { NotVotingShift = DocumentedTurnout.NotVotingShift(motion, roster, new DecisionModel(Scenario.World.Parameters), takingPart) };
        }

        return motion;
    }

    /// <summary>The members sitting on <paramref name="date"/>, each with that date: what the Administration registers for a session.</summary>
    public ImmutableSortedDictionary<StateCode, DateOnly> RegisterOn(DateOnly date) =>
        _registers.GetOrAdd(date, day => BodyMembership.MembersOn(World, Scenario.Body, day).ToImmutableSortedDictionary(s => s, _ => day));

    /// <summary>
    /// An item's roster and member set-ups, built by <paramref name="build"/> the first time any run asks and shared
    /// after that: building them per run cost more than deciding the item.
    /// </summary>
    public StagedItem ItemFor(AgendaEntry entry, DateOnly date, Func<StagedItem> build) =>
        _items.GetOrAdd((entry, date), static (_, build) => build(), build);

    /// <summary>The roster for a motion on a day, with the scenario's overrides and any documented requests for a vote.</summary>
    public CouncilRoster RosterFor(DateOnly date, Motion motion, ImmutableArray<StateCode> requestedBy) =>
        _rosters.GetOrAdd((date, motion, string.Join(',', requestedBy)), key => BuildRoster(key.Date, key.Motion, requestedBy));

    private CouncilRoster BuildRoster(DateOnly date, Motion motion, ImmutableArray<StateCode> requestedBy)
    {
        var sitting = BodyMembership.MembersOn(World, Scenario.Body, date);
        var seeded = CouncilRosterBuilder.For(World, sitting, date, motion);
        var requesting = requestedBy.Where(sitting.Contains).ToImmutableHashSet();

        var members = seeded.Members.Select(member =>
        {
            // The state's own override first, then the one for every state, then the seeds.
            var behaviour = Scenario.World.Behaviour.GetValueOrDefault(member.Code);
            var everyState = Scenario.World.DefaultBehaviour;

            // A member whose request for a vote is on record was there to make it. A scenario's attendance replaces the
            // state's habit of not voting; without one, the habit from the roll calls decides.
            var attendance = requesting.Contains(member.Code) ? 1.0 : behaviour?.Attendance ?? everyState?.Attendance;
            return member with
            {
                Position = PositionOf(member.Code),
                ConsensusBreakPropensity = behaviour?.ConsensusBreakPropensity ?? everyState?.ConsensusBreakPropensity ?? member.ConsensusBreakPropensity,
                AbstentionBand = behaviour?.AbstentionBand ?? everyState?.AbstentionBand ?? member.AbstentionBand,
                Attendance = attendance ?? member.Attendance,
                Habits = attendance is { } set ? member.Habits.Attending(set) : member.Habits,
            };
        }).ToImmutableArray();

        var relations = motion.Subject is { } subject
            ? members.Select(m => (m.Code, Weight: RelationBetween(m.Code, subject, date)))
                .Where(r => r.Weight != 0)
                .ToImmutableDictionary(r => r.Code, r => r.Weight)
            : ImmutableDictionary<StateCode, double>.Empty;

        return seeded with { Members = members, RelationToSubject = relations, FormalVoteRequestedBy = requesting };
    }
}
