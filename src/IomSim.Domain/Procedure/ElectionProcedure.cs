using System.Collections.Immutable;
using IomSim.Domain.Decisions;

namespace IomSim.Domain.Procedure;

/// <summary>
/// Electing the Director General (Constitution Art. 18; practice as IOM described it in 2018): secret ballots in
/// rounds; a candidate with at least two thirds of the ballots of voting states (votes cast: blank ballots count apart)
/// is elected. After a round without a winner, candidates withdraw as the scenario states (or by its rule for a
/// hopeless trailer); if nobody withdrew, from the third round on the candidate with fewest votes is dropped (a tie
/// drops the one nominated last). A candidate left alone is elected by acclamation, or in a yes-or-no ballot needing
/// two thirds, as the rules say.
/// </summary>
public static class ElectionProcedure
{
    /// <summary>Rounds with every candidate before the first elimination.</summary>
    public const int RoundsBeforeElimination = 3;

    /// <summary>The usual cap on rounds.</summary>
    public const int DefaultMaxRounds = ElectionRules.DefaultMaxRounds;

    /// <summary>Runs the election with the default practice and ballots at hand.</summary>
    public static ElectionResult Run(
        ImmutableArray<string> candidates,
        Func<int, ImmutableArray<string>, IEnumerable<ElectionBallot>> ballots,
        int maxRounds = DefaultMaxRounds) =>
        Run(candidates, ElectionRules.Default with { MaxRounds = maxRounds }, ballots);

    /// <summary>Runs the election with ballots that are at hand (see <see cref="Next"/> to run it round by round).</summary>
    /// <param name="candidates">The candidates, in the order they were nominated.</param>
    /// <param name="rules">Withdrawals, the lone-candidate rule, the cap on rounds.</param>
    /// <param name="ballots">Every voting member's ballot for a round, given the round number and the candidates standing.</param>
    public static ElectionResult Run(
        ImmutableArray<string> candidates,
        ElectionRules rules,
        Func<int, ImmutableArray<string>, IEnumerable<ElectionBallot>> ballots)
    {
        ArgumentNullException.ThrowIfNull(ballots);
        var state = ElectionState.Start(candidates, rules);
        while (!state.IsOver)
        {
            state = Next(state, ballots(state.NextRound, state.Standing));
        }

        return state.ToResult();
    }

    /// <summary>
    /// Counts one round's ballots: elects a candidate with two thirds of the votes cast; else applies withdrawals, or
    /// the elimination of the last one, and acclaims a candidate left alone when the rules say so.
    /// </summary>
    public static ElectionState Next(ElectionState state, IEnumerable<ElectionBallot> ballots)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(ballots);
        if (state.IsOver)
        {
            throw new InvalidOperationException("The election is over: no further round.");
        }

        var round = Count(state.NextRound, state.Standing, ballots);
        if (round.Elected is not null)
        {
            return state with { Rounds = state.Rounds.Add(round), Elected = round.Elected };
        }

        var withdrawn = Withdrawals(state, round);
        var standing = state.Standing.RemoveRange(withdrawn);
        var eliminate = withdrawn.IsEmpty && standing.Length > 1 && round.Number >= RoundsBeforeElimination
            ? Last(standing, round)
            : null;
        var next = state with
        {
            Standing = eliminate is null ? standing : standing.Remove(eliminate),
            Rounds = state.Rounds.Add(round with { Eliminated = eliminate, Withdrawn = withdrawn }),
        };
        return next.AcclaimLoneCandidate();
    }

    // Stated withdrawals after this round, then the trailer rule; never the last candidate standing.
    private static ImmutableArray<string> Withdrawals(ElectionState state, ElectionRound round)
    {
        var withdrawn = ImmutableArray.CreateBuilder<string>();
        foreach (var withdrawal in state.Rules.Withdrawals.Where(w => w.AfterRound == round.Number))
        {
            if (state.Standing.Contains(withdrawal.Candidate) && !withdrawn.Contains(withdrawal.Candidate) && state.Standing.Length - withdrawn.Count > 1)
            {
                withdrawn.Add(withdrawal.Candidate);
            }
        }

        var remaining = state.Standing.RemoveRange(withdrawn);
        if (state.Rules.TrailerWithdrawsBelow is { } share && remaining.Length > 1 && round.Cast > 0)
        {
            var last = Last(remaining, round);
            if (round.Votes[last] < share * round.Cast)
            {
                withdrawn.Add(last);
            }
        }

        return withdrawn.ToImmutable();
    }

    // Fewest votes; a tie goes against the candidate nominated last.
    private static string Last(ImmutableArray<string> standing, ElectionRound round) => standing.Reverse().MinBy(c => round.Votes[c])!;

    private static ElectionRound Count(int number, ImmutableArray<string> standing, IEnumerable<ElectionBallot> ballots)
    {
        var votes = standing.ToDictionary(c => c, _ => 0, StringComparer.Ordinal);
        int against = 0, blank = 0, absent = 0;
        foreach (var ballot in ballots)
        {
            switch (ballot.Mark)
            {
                case BallotMark.For when ballot.Candidate is { } candidate && votes.TryGetValue(candidate, out var count):
                    votes[candidate] = count + 1;
                    break;
                case BallotMark.Against when standing.Length == 1:
                    against++;
                    break;
                case BallotMark.Absent:
                    absent++;
                    break;
                default:
                    // A vote for someone not standing, or against with several standing, is spoilt: counted as blank.
                    blank++;
                    break;
            }
        }

        var cast = votes.Values.Sum() + against;
        var elected = cast == 0 ? null : standing.FirstOrDefault(c => 3 * votes[c] >= 2 * cast);
        return new ElectionRound(number, standing, votes.ToImmutableSortedDictionary(StringComparer.Ordinal), against, blank, absent, elected, null);
    }
}
