namespace IomSim.Engine.Calibration;

/// <summary>One fitted parameter: where the search started and where it ended.</summary>
/// <param name="Name">The parameter's key.</param>
/// <param name="Before">Its value in the first fitted scenario (for a behaviour value, the seeds' value for every state).</param>
/// <param name="After">The fitted value.</param>
public sealed record FittedValue(string Name, double Before, double After);
