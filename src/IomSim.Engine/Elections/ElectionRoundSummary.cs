using System.Collections.Immutable;

namespace IomSim.Engine.Elections;

/// <summary>One round of an election over many runs: how often it was held, the mean ballots, and what followed it.</summary>
/// <param name="Number">The round, from 1.</param>
/// <param name="HeldShare">Share of runs that held this round (by ballot or by acclamation).</param>
/// <param name="BallotRuns">Runs in which this round was a ballot (the means are over these).</param>
/// <param name="MeanVotes">Candidate → mean votes over the runs in which they stood in this round's ballot; no entry for a candidate who stood in none.</param>
/// <param name="MeanCast">Mean votes cast (for a candidate, or against a lone one) over the runs that balloted in this round.</param>
/// <param name="MeanBlank">Mean blank ballots over those runs.</param>
/// <param name="MeanAbsent">Mean members without a ballot over those runs.</param>
/// <param name="Elected">Candidate → share of all runs that elected them in this round.</param>
/// <param name="Acclaimed">Share of all runs that elected someone by acclamation in this round.</param>
/// <param name="Eliminated">Candidate → share of all runs that eliminated them after this round.</param>
/// <param name="Withdrew">Candidate → share of all runs in which they withdrew after this round.</param>
public sealed record ElectionRoundSummary(
    int Number,
    double HeldShare,
    int BallotRuns,
    ImmutableSortedDictionary<string, double> MeanVotes,
    double MeanCast,
    double MeanBlank,
    double MeanAbsent,
    ImmutableSortedDictionary<string, double> Elected,
    double Acclaimed,
    ImmutableSortedDictionary<string, double> Eliminated,
    ImmutableSortedDictionary<string, double> Withdrew);
