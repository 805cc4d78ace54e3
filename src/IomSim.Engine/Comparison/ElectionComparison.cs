using System.Collections.Immutable;

namespace IomSim.Engine.Comparison;

/// <summary>A simulated election beside the documented one: the winner, and each round whose tally a source gives.</summary>
/// <param name="DocumentedWinner">The candidate elected on record.</param>
/// <param name="WinnerShare">Share of runs that elected the documented winner.</param>
/// <param name="Winners">Candidate (or <c>no winner</c>) → share of runs.</param>
/// <param name="MeanRounds">Mean number of rounds over the runs.</param>
/// <param name="Rounds">Each documented round beside the simulated one.</param>
public sealed record ElectionComparison(
    string DocumentedWinner,
    double WinnerShare,
    ImmutableSortedDictionary<string, double> Winners,
    double MeanRounds,
    ImmutableArray<RoundComparison> Rounds);
