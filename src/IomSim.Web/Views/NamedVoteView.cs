namespace IomSim.Web.Views;

/// <summary>A state whose vote is on record, beside the share of runs it voted so.</summary>
internal sealed record NamedVoteView(string State, string Name, string Documented, double Agreement, string Source);
