using System.Collections.Immutable;
using IomSim.Domain.Decisions;
using IomSim.Domain.World;
using IomSim.Seeds.Csv;

namespace IomSim.Seeds.Files;

/// <summary>
/// Reads the ideal-point columns of <c>seeds/positions.csv</c> (<c>dim1,dim2</c>, and where estimated
/// <c>hr_dim1,hr_dim2</c> and <c>ec_dim1,ec_dim2</c>): each state's general and issue-specific ideal points. A file
/// without them (the classical-scaling one) gives none; a row with the general point empty (no estimate) is skipped.
/// </summary>
internal static class IdealPointsReader
{
    /// <summary>The columns of the general point; the issue-specific ones are <c>ISSUE_dim1,ISSUE_dim2</c>.</summary>
    public static readonly string[] General = ["dim1", "dim2"];

    /// <summary>The issues with their own dimensions in the file.</summary>
    public static readonly string[] Issues = ["hr", "ec"];

    // Ideal points have a standard normal prior: anything beyond this is a broken file, not an estimate.
    private const double Bound = 50;

    public static ImmutableSortedDictionary<StateCode, StateIdealPoints> Read(SeedTable table, IReadOnlySet<StateCode> states)
    {
        var points = ImmutableSortedDictionary.CreateBuilder<StateCode, StateIdealPoints>();
        if (!table.Has(General))
        {
            return points.ToImmutable();
        }

        foreach (var row in table.Rows)
        {
            var code = row.State("code", states);
            if (Point(row, "dim1", "dim2") is not { } general)
            {
                continue;
            }

            var specific = new Dictionary<string, IdealCoordinates>(StringComparer.Ordinal);
            foreach (var issue in Issues)
            {
                if (table.Has($"{issue}_dim1", $"{issue}_dim2") && Point(row, $"{issue}_dim1", $"{issue}_dim2") is { } point)
                {
                    specific.Add(issue, point);
                }
            }

            if (!points.TryAdd(code, new StateIdealPoints(general, specific)))
            {
                throw row.Error("code", $"duplicate row: {code} appears twice");
            }
        }

        return points.ToImmutable();
    }

    // Both coordinates, or neither.
    private static IdealCoordinates? Point(SeedRow row, string first, string second)
    {
        var x = row.OptionalNumber(first, -Bound, Bound);
        var y = row.OptionalNumber(second, -Bound, Bound);
        return (x, y) switch
        {
            ({ } a, { } b) => new IdealCoordinates(a, b),
            (null, null) => null,
            _ => throw row.Error(x is null ? first : second, $"is empty while {(x is null ? second : first)} is not (expected both coordinates or neither)"),
        };
    }
}
