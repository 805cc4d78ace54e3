namespace IomSim.Web.Views;

/// <summary>A quantity over runs: mean, 5th and 95th percentiles.</summary>
internal sealed record DistributionView(double Mean, double P05, double P95);
