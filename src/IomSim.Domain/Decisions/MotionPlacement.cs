namespace IomSim.Domain.Decisions;

/// <summary>
/// Places a new motion from the roll calls recorded before it: by the symbols of earlier resolutions on the same
/// subject, by recurring title, by issue, or over all roll calls. Every placement uses only items dated strictly
/// before <c>before</c>, and averages their parameters (discrimination and cuts) with equal weights.
/// </summary>
public sealed class MotionPlacement
{
    /// <summary>Holds the recorded items (any order).</summary>
    public MotionPlacement(IReadOnlyList<RollCallItem> items)
    {
        throw new NotImplementedException();
    }

    /// <summary>The recorded items, by date then rcid.</summary>
    public IReadOnlyList<RollCallItem> Items => throw new NotImplementedException();

    /// <summary>
    /// From the roll calls on the resolutions named by <paramref name="symbols"/> (<c>R/67/219</c>; <c>A/RES/67/219</c>
    /// is read the same), dated before <paramref name="before"/>; null when none is found.
    /// </summary>
    public PlacedMotion? BySymbols(IReadOnlyCollection<string> symbols, DateOnly before) => throw new NotImplementedException();

    /// <summary>From earlier roll calls of the same recurring resolution (same full title, else same short title); null when none.</summary>
    public PlacedMotion? ByRecurringTitle(string description, string title, DateOnly before) => throw new NotImplementedException();

    /// <summary>The mean of the earlier roll calls tagged <paramref name="issue"/>; null when none.</summary>
    public PlacedMotion? ByIssue(string issue, DateOnly before) => throw new NotImplementedException();

    /// <summary>The mean of all earlier roll calls; null when none.</summary>
    public PlacedMotion? General(DateOnly before) => throw new NotImplementedException();

    /// <summary>A hand-set placement, labelled as an assumption.</summary>
    public static PlacedMotion HandSet(ItemParameters parameters, IReadOnlyList<string> issues, string reason) =>
        new(parameters, issues, PlacementBasis.HandSet, [], $"hand-set (assumption): {reason}");
}
