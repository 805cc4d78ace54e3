using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using IomSim.Domain.Decisions;
using IomSim.Domain.Procedure;
using IomSim.Domain.World;

namespace IomSim.Domain.Tests.Procedure;

/// <summary>Invariants of elections over random councils, candidates, arrears, rules and seeds.</summary>
public sealed class ElectionPropertyTests
{
    private static readonly Gen<(ImmutableArray<MemberProfile> Members, int InArrears, int Candidates, bool Ballot, int Seed)> s_cases =
        from size in Gen.Choose(1, 60)
        from positions in Gen.ArrayOf(Gen.Choose(-100, 100).Two(), size)
        from behaviour in Gen.ArrayOf(Gen.Choose(0, 100).Two(), size)
        from inArrears in Gen.Choose(0, size)
        from candidates in Gen.Choose(1, 4)
        from ballot in Gen.Elements(true, false)
        from seed in Gen.Choose(0, int.MaxValue)
        select (Enumerable.Range(0, size).Select(i => new MemberProfile(
            StateCode.Parse($"{(char)('A' + (i / 26))}{(char)('A' + (i % 26))}X"),
            new PolicyPosition(positions[i].Item1 / 100.0, positions[i].Item2 / 100.0),
            0.5,
            behaviour[i].Item1 / 100.0,
            0.3 + (0.7 * behaviour[i].Item2 / 100.0))).ToImmutableArray(), inArrears, candidates, ballot, seed);

    [Fact]
    public void Each_rounds_ballots_add_up_to_the_members_entitled_to_vote_and_a_winner_has_two_thirds_of_the_votes_cast()
    {
        Prop.ForAll(s_cases.ToArbitrary(), c =>
        {
            var candidates = Enumerable.Range(0, c.Candidates)
                .Select(i => new Candidate($"C{i}", c.Members[i % c.Members.Length].Code, new PolicyPosition((i - 1.5) / 2, 0.5 - (i / 4.0))))
                .ToImmutableArray();
            var election = new Election("prop", candidates)
            {
                Rules = ElectionRules.Default with { LoneCandidate = c.Ballot ? LoneCandidateRule.Ballot : LoneCandidateRule.Acclamation, MaxRounds = 8 },
            };
            var notEntitled = c.Members.Take(c.InArrears).Select(m => m.Code).ToImmutableHashSet();
            var entitled = c.Members.Length - c.InArrears;
            var result = CouncilElection.Run(election, c.Members, (_, _) => 0, notEntitled, DecisionParameters.Default, (ulong)c.Seed, 0);

            var ballotsAddUp = result.Rounds.All(r => r.ByAcclamation ? r.Voters == 0 : r.Voters == entitled);
            var winnerHasTwoThirds = result.Rounds.All(r => r.Elected is not { } winner || r.ByAcclamation || (3 * r.Votes[winner] >= 2 * r.Cast && r.Cast > 0));
            var onlyLastRoundElects = result.Rounds.Take(result.Rounds.Length - 1).All(r => r.Elected is null);
            return ballotsAddUp && winnerHasTwoThirds && onlyLastRoundElects;
        }).QuickCheckThrowOnFailure();
    }
}
