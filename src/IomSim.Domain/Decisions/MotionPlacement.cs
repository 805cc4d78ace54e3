namespace IomSim.Domain.Decisions;

/// <summary>
/// Places a new motion from the roll calls recorded before it: by the symbols of earlier resolutions on the same
/// subject, by recurring title, by issue, or over all roll calls. Every placement uses only items dated strictly
/// before <c>before</c>, and averages their parameters (discrimination and cuts) with equal weights.
/// </summary>
public sealed class MotionPlacement
{
    private readonly RollCallItem[] _items;

    /// <summary>Holds the recorded items (any order).</summary>
    public MotionPlacement(IReadOnlyList<RollCallItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        _items = [.. items.OrderBy(i => i.Date).ThenBy(i => i.Rcid)];
    }

    /// <summary>The recorded items, by date then rcid.</summary>
    public IReadOnlyList<RollCallItem> Items => _items;

    /// <summary>
    /// From the roll calls on the resolutions named by <paramref name="symbols"/> (<c>R/67/219</c>; <c>A/RES/67/219</c>
    /// is read the same), dated before <paramref name="before"/>; null when none is found.
    /// </summary>
    public PlacedMotion? BySymbols(IReadOnlyCollection<string> symbols, DateOnly before)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        var wanted = symbols.Select(NormaliseSymbol).Where(s => s.Length > 0).ToHashSet(StringComparer.Ordinal);
        var found = Before(before).Where(i => wanted.Contains(NormaliseSymbol(i.Symbol))).ToArray();
        return found.Length == 0
            ? null
            : Mean(found, PlacementBasis.Symbol, $"mean of {Count(found)} on {string.Join(", ", found.Select(i => i.Symbol).Distinct())}", IssuesOf(found));
    }

    /// <summary>From earlier roll calls of the same recurring resolution (same full title, else same short title); null when none.</summary>
    public PlacedMotion? ByRecurringTitle(string description, string title, DateOnly before)
    {
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(title);
        var key = NormaliseTitle(description);
        var found = key.Length == 0 ? [] : Before(before).Where(i => NormaliseTitle(i.Description) == key).ToArray();
        if (found.Length > 0)
        {
            return Mean(found, PlacementBasis.RecurringTitle, $"mean of {Count(found)} with the same title \"{Clip(description)}\"", IssuesOf(found));
        }

        key = NormaliseTitle(title);
        found = key.Length == 0 ? [] : Before(before).Where(i => NormaliseTitle(i.Title) == key).ToArray();
        return found.Length == 0
            ? null
            : Mean(found, PlacementBasis.RecurringTitle, $"mean of {Count(found)} with the same short title \"{Clip(title)}\"", IssuesOf(found));
    }

    /// <summary>The mean of the earlier roll calls tagged <paramref name="issue"/>; null when none.</summary>
    public PlacedMotion? ByIssue(string issue, DateOnly before)
    {
        ArgumentNullException.ThrowIfNull(issue);
        var found = Before(before).Where(i => i.Issues.Contains(issue, StringComparer.Ordinal)).ToArray();
        return found.Length == 0 ? null : Mean(found, PlacementBasis.Issue, $"mean of {Count(found)} on issue {issue}", [issue]);
    }

    /// <summary>The mean of all earlier roll calls; null when none.</summary>
    public PlacedMotion? General(DateOnly before)
    {
        var found = Before(before).ToArray();
        return found.Length == 0 ? null : Mean(found, PlacementBasis.General, $"mean of all {Count(found)}", []);
    }

    /// <summary>A hand-set placement, labelled as an assumption.</summary>
    public static PlacedMotion HandSet(ItemParameters parameters, IReadOnlyList<string> issues, string reason) =>
        new(parameters, issues, PlacementBasis.HandSet, [], $"hand-set (assumption): {reason}");

    /// <summary>A symbol as compared: <c>A/RES/67/219</c> and <c>R/67/219</c> alike, spaces and case ignored.</summary>
    public static string NormaliseSymbol(string symbol)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        var text = symbol.Trim().Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        return text.StartsWith("A/RES/", StringComparison.Ordinal) ? "R/" + text["A/RES/".Length..] : text;
    }

    private static string NormaliseTitle(string title) =>
        string.Join(' ', title.ToUpperInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Clip(string text) => text.Length <= 60 ? text : text[..57] + "...";

    private static string Count(RollCallItem[] found) =>
        $"{found.Length} roll call{(found.Length == 1 ? string.Empty : "s")} ({found[0].Date:yyyy-MM-dd} to {found[^1].Date:yyyy-MM-dd})";

    private static string[] IssuesOf(RollCallItem[] found) =>
        [.. found.SelectMany(i => i.Issues).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Where(issue => found.All(i => i.Issues.Contains(issue, StringComparer.Ordinal)))];

    private IEnumerable<RollCallItem> Before(DateOnly before) => _items.Where(i => i.Date < before);

    private static PlacedMotion Mean(RollCallItem[] found, PlacementBasis basis, string how, IReadOnlyList<string> issues)
    {
        var first = 0.0;
        var second = 0.0;
        var lower = 0.0;
        var upper = 0.0;
        foreach (var item in found)
        {
            first += item.Parameters.Discrimination.First;
            second += item.Parameters.Discrimination.Second;
            lower += item.Parameters.LowerCut;
            upper += item.Parameters.UpperCut;
        }

        var n = found.Length;
        var parameters = new ItemParameters(new IdealCoordinates(first / n, second / n), lower / n, upper / n);
        return new PlacedMotion(parameters, issues, basis, [.. found.Select(i => i.Rcid)], $"placed by {BasisName(basis)}: {how}");
    }

    /// <summary>The basis as outputs write it.</summary>
    public static string BasisName(PlacementBasis basis) => basis switch
    {
        PlacementBasis.Symbol => "symbol",
        PlacementBasis.RecurringTitle => "recurring-title",
        PlacementBasis.Issue => "issue",
        PlacementBasis.General => "general",
        PlacementBasis.HandSet => "hand-set",
        _ => throw new ArgumentOutOfRangeException(nameof(basis), basis, "Unknown placement basis."),
    };
}
