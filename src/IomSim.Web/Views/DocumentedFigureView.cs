namespace IomSim.Web.Views;

/// <summary>A documented funding figure for the year beside its simulated value (null when the model has none), with its definition and source.</summary>
internal sealed record DocumentedFigureView(string Measure, string? Donor, double Documented, double? Simulated, string Definition, string Source);
