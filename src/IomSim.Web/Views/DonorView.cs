namespace IomSim.Web.Views;

/// <summary>A contributor of the scenario's first budget year, with its recorded voluntary money that year.</summary>
internal sealed record DonorView(string Id, string Name, string Kind, double VoluntaryUsd);
