using System.Collections.Immutable;
using IomSim.Domain.Decisions;
using IomSim.Domain.Procedure;
using IomSim.Domain.World;

namespace IomSim.Grains.Tests;

/// <summary>
/// A made-up Council of 60 members in three blocs, with one member hostile to the applicant and prone to force a
/// vote: enough to exercise consensus, a formal vote, blocs and relations without the seed data.
/// </summary>
public static class SyntheticCouncil
{
    public static readonly StateCode Applicant = StateCode.Parse("APP");
    public static readonly StateCode Hostile = StateCode.Parse("HOS");
    public static readonly DateOnly SessionDay = new(2020, 11, 24);

    public static Motion Admission { get; } = new("admit-app", MotionKind.Admission, new PolicyPosition(-0.7, -0.4), Applicant);

    public static ImmutableArray<MemberProfile> Members { get; } =
    [
        .. Enumerable.Range(0, 59).Select(i => new MemberProfile(
            StateCode.Parse($"M{(char)('A' + (i / 26))}{(char)('A' + (i % 26))}"),
            new PolicyPosition(((i % 7) / 3.0) - 1, ((i % 5) / 2.0) - 1),
            0.2,
            0.15,
            0.9)),
        new MemberProfile(Hostile, new PolicyPosition(0.3, 0.2), 1.0, 0.15, 1.0),
    ];

    public static CouncilRoster Roster { get; } = new(
        Members,
        Members.ToImmutableDictionary(m => m.Code, m => ImmutableArray.Create($"bloc-{m.Code.Value[1]}")),
        ImmutableDictionary<StateCode, double>.Empty.Add(Hostile, -1.0),
        []);

    /// <summary>Registers the members with the lane's Administration in every run of <paramref name="runs"/> and returns their briefs.</summary>
    public static Task<StateDictionary<MemberStateSetup>> SetUp(IGrainFactory grains, string lane, RunBatch runs, DecisionParameters parameters) =>
        SessionSetUp.Register(grains, lane, runs, Roster, Applicant, new DateOnly(2000, 1, 1), parameters);
}
