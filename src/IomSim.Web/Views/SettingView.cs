namespace IomSim.Web.Views;

/// <summary>A number the dashboard offers as a control, by its sweep path, with its value in the scenario as shipped and its range.</summary>
internal sealed record SettingView(string Path, string Label, double Value, double Min, double Max, string Help);
