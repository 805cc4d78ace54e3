using System.Collections.Immutable;
using IomSim.Domain.Decisions;

namespace IomSim.Domain.Procedure;

/// <summary>
/// Electing the Director General (Constitution Art. 18; procedure as IOM described it in 2018): secret ballots in
/// rounds; a candidate with at least two thirds of the votes cast is elected. If nobody is after the third round, the
/// candidate with fewest votes is dropped, and again after each later round. A candidate left alone needs two thirds
/// in a yes-or-no ballot. A tie for last place drops the candidate listed last.
/// </summary>
public static class ElectionProcedure
{
    /// <summary>Rounds with every candidate before the first elimination.</summary>
    public const int RoundsBeforeElimination = 3;

    /// <summary>The usual cap on rounds.</summary>
    public const int DefaultMaxRounds = 30;

    /// <summary>Runs the election with ballots that are at hand (see <see cref="Next"/> to run it round by round).</summary>
    /// <param name="candidates">The candidates, in the order they were nominated.</param>
    /// <param name="ballots">Every voting member's ballot for a round, given the round number and the candidates standing.</param>
    /// <param name="maxRounds">When to give up without a winner.</param>
    public static ElectionResult Run(
        ImmutableArray<string> candidates,
        Func<int, ImmutableArray<string>, IEnumerable<ElectionBallot>> ballots,
        int maxRounds = DefaultMaxRounds)
    {
        ArgumentNullException.ThrowIfNull(ballots);
        var state = ElectionState.Start(candidates);
        while (!state.IsOverAfter(maxRounds))
        {
            state = Next(state, ballots(state.NextRound, state.Standing));
        }

        return state.ToResult();
    }

    /// <summary>Counts one round's ballots: elects a candidate with two thirds, or drops the last one when the rules say so.</summary>
    public static ElectionState Next(ElectionState state, IEnumerable<ElectionBallot> ballots)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(ballots);
        var round = Count(state.NextRound, state.Standing, ballots);
        var eliminate = round.Elected is null && state.Standing.Length > 1 && round.Number >= RoundsBeforeElimination
            ? state.Standing.Reverse().MinBy(c => round.Votes[c])
            : null;
        return new ElectionState(
            eliminate is null ? state.Standing : state.Standing.Remove(eliminate),
            state.Rounds.Add(round with { Eliminated = eliminate }),
            round.Elected);
    }

    private static ElectionRound Count(int number, ImmutableArray<string> standing, IEnumerable<ElectionBallot> ballots)
    {
        var votes = standing.ToDictionary(c => c, _ => 0, StringComparer.Ordinal);
        int against = 0, abstentions = 0;
        foreach (var ballot in ballots)
        {
            if (ballot.Candidate is { } candidate && votes.TryGetValue(candidate, out var count))
            {
                votes[candidate] = count + 1;
            }
            else if (ballot.Against && standing.Length == 1)
            {
                against++;
            }
            else
            {
                abstentions++;
            }
        }

        var cast = votes.Values.Sum() + against;
        var elected = cast == 0 ? null : standing.FirstOrDefault(c => 3 * votes[c] >= 2 * cast);
        return new ElectionRound(number, standing, votes.ToImmutableSortedDictionary(StringComparer.Ordinal), against, abstentions, elected, null);
    }
}
