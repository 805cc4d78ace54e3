namespace IomSim.Scenarios.Reading;

/// <summary>
/// The allowed name nearest to a mistyped one, for "did you mean" hints: the smallest edit distance (insertions,
/// deletions, substitutions and swaps of neighbours), at most 2 or half the name's length; ties go to the earlier
/// allowed name. Written by hand: a dozen lines, not worth a package.
/// </summary>
internal static class ClosestName
{
    /// <summary>The nearest of <paramref name="allowed"/> to <paramref name="text"/>, or null when none is near.</summary>
    public static string? Of(string text, IEnumerable<string> allowed)
    {
        string? best = null;
        var bestDistance = Math.Max(2, text.Length / 2) + 1;
        foreach (var name in allowed)
        {
            var distance = Distance(text, name);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (name, distance);
            }
        }

        return best;
    }

    /// <summary>" (did you mean 'x'?)" or empty.</summary>
    public static string Hint(string text, IEnumerable<string> allowed) =>
        Of(text, allowed) is { } name ? $"; did you mean '{name}'?" : string.Empty;

    private static int Distance(string a, string b)
    {
        // Optimal string alignment: row i of the table needs rows i − 1 and i − 2 (for a swap).
        var before = new int[b.Length + 1];
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], before[j - 2] + 1);
                }
            }

            (before, previous, current) = (previous, current, before);
        }

        return previous[b.Length];
    }
}
