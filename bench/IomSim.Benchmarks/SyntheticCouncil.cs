using System.Collections.Immutable;
using IomSim.Domain.Decisions;
using IomSim.Domain.Procedure;
using IomSim.Domain.World;
using IomSim.Grains;
using IomSim.Runtime;
using IomSim.Runtime.Hosting;
using IomSim.Runtime.Scheduling;

namespace IomSim.Benchmarks;

/// <summary>
/// A made-up Council of any size up to 17,576 members (every three-letter code), in ten blocs, with one member
/// hostile to the applicant that insists on a formal vote: the item always goes to a vote, as in the Russia session.
/// Like tests/IomSim.Grains.Tests/SyntheticCouncil.cs, but sized by a parameter.
/// </summary>
internal sealed class SyntheticCouncil
{
    public const string Organisation = "iom";

    private static readonly GrainRuntimeOptions s_options = new GrainRuntimeOptions
    {
        Scheduler = SchedulerKind.Deterministic,
        IdleTimeout = Timeout.InfiniteTimeSpan,
    }.AddGrainsFrom(typeof(CouncilGrain).Assembly).AddMemoryGrainStorage();

    private static readonly StateCode s_applicant = StateCode.Parse("ZZZ");
    private static readonly DateOnly s_day = new(2020, 11, 24);

    public SyntheticCouncil(int size)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, (26 * 26 * 26) - 1);
        var members = Enumerable.Range(0, size).Select(Profile).ToImmutableArray();
        var hostile = members[0].Code;
        Motion = new Motion("admit-zzz", MotionKind.Admission, new PolicyPosition(-0.7, -0.4), s_applicant);
        Roster = new CouncilRoster(
            members,
            members.ToImmutableDictionary(m => m.Code, m => ImmutableArray.Create($"bloc-{m.Code.Value[2] % 10}")),
            ImmutableDictionary<StateCode, double>.Empty.Add(hostile, -1.0),
            [])
        {
            FormalVoteRequestedBy = [hostile],
        };
        Briefs = StateDictionary.Of(members.Select(m => KeyValuePair.Create(m.Code, new MemberStateSetup(
            m,
            Roster.RelationToSubject.TryGetValue(m.Code, out var weight) ? ImmutableDictionary<StateCode, double>.Empty.Add(s_applicant, weight) : ImmutableDictionary<StateCode, double>.Empty,
            Roster.BlocsOf[m.Code],
            DecisionParameters.Default))));
        Register = members.ToImmutableSortedDictionary(m => m.Code, _ => new DateOnly(2000, 1, 1));
    }

    public Motion Motion { get; }

    public CouncilRoster Roster { get; }

    /// <summary>Each member's brief, built once so that runs measure the grains, not the set-up.</summary>
    public StateDictionary<MemberStateSetup> Briefs { get; }

    public ImmutableSortedDictionary<StateCode, DateOnly> Register { get; }

    public static GrainRuntime NewRuntime() => new(s_options);

    /// <summary>One run on a fresh runtime, so every member is activated for it: every member registered, the item decided.</summary>
    public AgendaItemResult RunThroughGrains(int run)
    {
        var runtime = NewRuntime();
        try
        {
            return runtime.RunAsync(grains => PlayAsync(grains, run)).GetAwaiter().GetResult();
        }
        finally
        {
            runtime.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>
    /// One run as the engine plays runs: on a worker's runtime kept across its runs, reset after each (the members stay
    /// active), every member registered, the item decided.
    /// </summary>
    public AgendaItemResult RunOn(GrainRuntime runtime, int run)
    {
        var result = runtime.RunAsync(grains => PlayAsync(grains, run)).GetAwaiter().GetResult();
        runtime.ResetAsync().GetAwaiter().GetResult();
        return result;
    }

    private async Task<AgendaItemResult> PlayAsync(IGrainFactory grains, int run)
    {
        await grains.GetGrain<IAdministrationGrain>(Organisation).Register(Register);
        return await grains.GetGrain<ICouncilGrain>(Organisation).Decide(
            new AgendaItem(Motion, s_day, Briefs) { FormalVoteRequestedBy = Roster.FormalVoteRequestedBy }, new RunKey(2020, run));
    }

    /// <summary>The same run over plain arrays.</summary>
    public AgendaItemResult RunDirect(int run) => AgendaItemProcedure.Run(Motion, Roster, DecisionModel.Default, 2020, run);

    /// <summary>Asks every member for its view, one after another, activating each by its first call.</summary>
    public async Task ActivateMembersAsync(IGrainFactory grains)
    {
        foreach (var (code, brief) in Briefs)
        {
            await grains.GetGrain<IMemberStateGrain>(code.Value).Assess(brief, Motion);
        }
    }

    private static MemberProfile Profile(int index)
    {
        var code = StateCode.Parse(new string([(char)('A' + (index / 676)), (char)('A' + (index / 26 % 26)), (char)('A' + (index % 26))]));
        return index == 0
            ? new MemberProfile(code, new PolicyPosition(0.3, 0.2), 1.0, 0.15, 1.0)
            : new MemberProfile(code, new PolicyPosition(((index % 7) / 3.0) - 1, ((index % 5) / 2.0) - 1), 0.2, 0.15, 0.9);
    }
}
