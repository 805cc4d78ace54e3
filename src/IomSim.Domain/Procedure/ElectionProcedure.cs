using System.Collections.Immutable;

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

    /// <summary>Runs the election.</summary>
    /// <param name="candidates">The candidates, in the order they were nominated.</param>
    /// <param name="ballots">Every voting member's ballot for a round, given the round number and the candidates standing.</param>
    /// <param name="maxRounds">When to give up without a winner.</param>
    public static ElectionResult Run(
        ImmutableArray<string> candidates,
        Func<int, ImmutableArray<string>, IEnumerable<ElectionBallot>> ballots,
        int maxRounds = 30)
    {
        ArgumentNullException.ThrowIfNull(ballots);
        if (candidates.IsDefaultOrEmpty)
        {
            throw new ArgumentException("An election needs at least one candidate.", nameof(candidates));
        }

        var standing = candidates;
        var rounds = ImmutableArray.CreateBuilder<ElectionRound>();
        for (var number = 1; number <= maxRounds; number++)
        {
            var round = Count(number, standing, ballots(number, standing));
            var eliminate = round.Elected is null && standing.Length > 1 && number >= RoundsBeforeElimination
                ? standing.Reverse().MinBy(c => round.Votes[c])
                : null;
            rounds.Add(round with { Eliminated = eliminate });
            if (round.Elected is not null)
            {
                return new ElectionResult(round.Elected, rounds.ToImmutable());
            }

            if (eliminate is not null)
            {
                standing = standing.Remove(eliminate);
            }
        }

        return new ElectionResult(null, rounds.ToImmutable());
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
