namespace IomSim.Web.Views;

/// <summary>The limits of one request.</summary>
internal sealed record LimitsView(int MaxRuns, int MaxChanges, int MaxBodyBytes);
