namespace IomSim.Domain.Procedure;

/// <summary>A candidate's withdrawal between rounds, as a source states it (or as a scenario supposes it).</summary>
/// <param name="Candidate">The candidate who withdraws.</param>
/// <param name="AfterRound">The round after which the candidate withdraws (from 1).</param>
/// <param name="Source">Who says so, or that it is a supposition.</param>
public sealed record ElectionWithdrawal(string Candidate, int AfterRound, string Source);
