namespace IomSim.Web.Api;

/// <summary>What one request may ask for: small enough that a class sharing one machine stays responsive.</summary>
internal static class ApiLimits
{
    /// <summary>Most runs per request.</summary>
    public const int MaxRuns = 200;

    /// <summary>Most changes per request: enough for one change per member of the largest body (193 in the UN).</summary>
    public const int MaxChanges = 200;

    /// <summary>Largest request body, in bytes.</summary>
    public const int MaxBodyBytes = 64 * 1024;
}
