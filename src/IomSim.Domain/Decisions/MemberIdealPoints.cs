using System.Collections.Immutable;

namespace IomSim.Domain.Decisions;

/// <summary>
/// A member's ideal points as the decision model carries them: <see cref="StateIdealPoints"/> held in immutable
/// collections, so that a member's profile can travel in grain messages.
/// </summary>
/// <param name="General">The ideal point on roll calls of any issue.</param>
/// <param name="ByIssue">Issue-specific ideal points, by issue code.</param>
public sealed record MemberIdealPoints(IdealCoordinates General, ImmutableSortedDictionary<string, IdealCoordinates> ByIssue)
{
    /// <summary>The average state: the origin, no issue-specific points.</summary>
    public static MemberIdealPoints Average { get; } = new(IdealCoordinates.Zero, ImmutableSortedDictionary.Create<string, IdealCoordinates>(StringComparer.Ordinal));

    /// <summary>The same points as carried here.</summary>
    public static MemberIdealPoints Of(StateIdealPoints points)
    {
        ArgumentNullException.ThrowIfNull(points);
        return new(points.General, points.IssueSpecific.ToImmutableSortedDictionary(StringComparer.Ordinal));
    }

    /// <summary>The point it votes from on an item of <paramref name="issues"/> (<see cref="StateIdealPoints.For"/>).</summary>
    public IdealCoordinates For(IEnumerable<string> issues) => ByIssue.IsEmpty ? General : new StateIdealPoints(General, ByIssue).For(issues);

    /// <summary>The same point as <see cref="For(IEnumerable{string})"/>, found without allocating: asked for every member on every item.</summary>
    public IdealCoordinates For(ImmutableArray<string> issues)
    {
        var point = General;
        if (ByIssue.IsEmpty)
        {
            return point;
        }

        foreach (var issue in issues)
        {
            if (ByIssue.TryGetValue(issue, out var specific))
            {
                point = point.Plus(specific.Minus(General));
            }
        }

        return point;
    }
}
