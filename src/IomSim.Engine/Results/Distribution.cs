namespace IomSim.Engine.Results;

/// <summary>A quantity over runs: its mean and its 5th and 95th percentiles.</summary>
public sealed record Distribution(double Mean, double P05, double P95)
{
    /// <summary>Nothing measured.</summary>
    public static Distribution Empty { get; } = new(0, 0, 0);
}
