namespace IomSim.Web.Views;

/// <summary>
/// A contributor's voluntary money in a budget year and where it went (projects that ran, the core, returned, carried
/// over), means over runs — the flows the report's chart draws. <c>others</c> groups every contributor not shown by name.
/// </summary>
internal sealed record DonorMoneyView(string Donor, string Name, double VoluntaryUsd, double ToProjectsUsd, double ToCoreUsd, double ReturnedUsd, double CarriedOverUsd);
