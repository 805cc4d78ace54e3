namespace IomSim.Domain.Decisions;

/// <summary>
/// A state's ideal points: the general one, and for some issues (human rights <c>hr</c>, development <c>ec</c>) an
/// issue-specific one, estimated as the general point plus an offset shrunk towards zero.
/// </summary>
/// <param name="General">The ideal point on roll calls of any issue.</param>
/// <param name="IssueSpecific">The ideal point on the roll calls of an issue, by issue code, where one was estimated.</param>
public sealed record StateIdealPoints(IdealCoordinates General, IReadOnlyDictionary<string, IdealCoordinates> IssueSpecific)
{
    /// <summary>A state with only a general point.</summary>
    public StateIdealPoints(IdealCoordinates general)
        : this(general, new Dictionary<string, IdealCoordinates>(StringComparer.Ordinal))
    {
    }

    /// <summary>
    /// The point the state votes from on an item of <paramref name="issues"/>: the general point plus each listed
    /// issue's offset (as in the estimation, where an item tagged with two issues adds both offsets).
    /// </summary>
    public IdealCoordinates For(IEnumerable<string> issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        var point = General;
        foreach (var issue in issues)
        {
            if (IssueSpecific.TryGetValue(issue, out var specific))
            {
                point = point.Plus(specific.Minus(General));
            }
        }

        return point;
    }
}
