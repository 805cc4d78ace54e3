namespace IomSim.Web.Views;

/// <summary>Each tally column over the runs with a formal vote (zeros when none).</summary>
internal sealed record TallyView(DistributionView Yes, DistributionView No, DistributionView Abstain, DistributionView Absent, DistributionView NotEntitled);
