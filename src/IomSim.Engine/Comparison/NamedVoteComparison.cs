namespace IomSim.Engine.Comparison;

/// <summary>A state whose vote is on record, beside how often it voted so in the runs.</summary>
/// <param name="State">The state.</param>
/// <param name="Documented">Its recorded vote.</param>
/// <param name="Agreement">Share of runs in which it voted as recorded.</param>
/// <param name="Source">Who recorded the vote.</param>
public sealed record NamedVoteComparison(string State, string Documented, double Agreement, string Source);
