namespace IomSim.Web.Views;

/// <summary>A state by code and name.</summary>
internal sealed record NamedStateView(string Code, string Name);
