namespace IomSim.Engine.Calibration;

/// <summary>A documented event a calibration was fitted on.</summary>
/// <param name="Id">Its id in seeds/documented-outcomes.yaml.</param>
/// <param name="Date">Its date.</param>
public sealed record FittedEvent(string Id, DateOnly Date);
