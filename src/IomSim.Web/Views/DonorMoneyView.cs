namespace IomSim.Web.Views;

/// <summary>A contributor's voluntary money in a budget year and what of it went to projects, means over runs.</summary>
internal sealed record DonorMoneyView(string Donor, string Name, double VoluntaryUsd, double ToProjectsUsd);
