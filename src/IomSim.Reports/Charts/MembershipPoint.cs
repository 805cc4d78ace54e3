namespace IomSim.Reports.Charts;

/// <summary>From <paramref name="Date"/> on, the body had <paramref name="Members"/> members (until the next point).</summary>
public sealed record MembershipPoint(DateOnly Date, int Members);
