namespace IomSim.Web.Views;

/// <summary>One documented tally, its source, and the mean absolute error of the simulated means against it (in votes); null when no run held a vote.</summary>
internal sealed record TallySourceView(string Source, int Yes, int No, int Abstain, int? NotVoting, double? Error);
