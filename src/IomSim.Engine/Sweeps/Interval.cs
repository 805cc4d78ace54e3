namespace IomSim.Engine.Sweeps;

/// <summary>An estimate with its 95% confidence interval.</summary>
/// <param name="Estimate">The point estimate.</param>
/// <param name="Low">The interval's lower end.</param>
/// <param name="High">The interval's upper end.</param>
public readonly record struct Interval(double Estimate, double Low, double High);
