namespace IomSim.Web.Views;

/// <summary>Coverage of one part of the appeal (a theme), means over runs.</summary>
internal sealed record CoverageView(string Key, int Projects, double CostUsd, double FundedUsd, double Coverage, double Cancelled);
