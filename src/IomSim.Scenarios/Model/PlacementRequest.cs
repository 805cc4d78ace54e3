using System.Collections.Immutable;

namespace IomSim.Scenarios.Model;

/// <summary>
/// How a motion is to be placed from data (<c>placed_by</c>): from earlier UN General Assembly roll calls named by
/// symbol, or from every earlier roll call on an issue. Either list or issue, never both.
/// </summary>
/// <param name="RollCalls">Resolution symbols as in the roll-call data (e.g. <c>R/67/219</c>), each dated before the session.</param>
/// <param name="Issue">An issue code of the roll-call data (<c>hr</c>, <c>ec</c>, …), or null.</param>
public sealed record PlacementRequest(ImmutableArray<string> RollCalls, string? Issue)
{
    /// <summary>What the request names, for labels: <c>roll calls R/67/219</c> or <c>issue hr</c>.</summary>
    public string Describe() => Issue is { } issue ? $"issue {issue}" : $"roll calls {string.Join(", ", RollCalls)}";
}
