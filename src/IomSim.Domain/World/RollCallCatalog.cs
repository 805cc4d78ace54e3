using System.Collections.Immutable;
using IomSim.Domain.Decisions;

namespace IomSim.Domain.World;

/// <summary>The UN General Assembly roll calls the seeds know, with fitted item parameters, for placing motions from data.</summary>
public sealed class RollCallCatalog
{
    private readonly ImmutableSortedDictionary<string, RollCallItem> _bySymbol;

    /// <summary>A catalogue of <paramref name="items"/>; a symbol voted on more than once is found by its last roll call.</summary>
    public RollCallCatalog(IEnumerable<RollCallItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        Items = [.. items.OrderBy(i => i.Date).ThenBy(i => i.Rcid)];
        _bySymbol = Items.Where(i => i.Symbol.Length > 0)
            .GroupBy(i => Normal(i.Symbol), StringComparer.Ordinal)
            .ToImmutableSortedDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        Issues = [.. Items.SelectMany(i => i.Issues).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>No roll calls (seeds without the file).</summary>
    public static RollCallCatalog Empty { get; } = new([]);

    /// <summary>Every roll call, by date then id.</summary>
    public ImmutableArray<RollCallItem> Items { get; }

    /// <summary>The issue codes the roll calls carry, in ordinal order.</summary>
    public ImmutableArray<string> Issues { get; }

    /// <summary>The (last) roll call on <paramref name="symbol"/>; <c>A/RES/67/219</c> is read as <c>R/67/219</c>, as the data writes both.</summary>
    public bool TryGet(string symbol, out RollCallItem item)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        return _bySymbol.TryGetValue(Normal(symbol), out item!);
    }

    /// <summary>The roll calls held before <paramref name="date"/>.</summary>
    public IEnumerable<RollCallItem> Before(DateOnly date) => Items.Where(i => i.Date < date);

    private static string Normal(string symbol) =>
        symbol.StartsWith("A/RES/", StringComparison.Ordinal) ? string.Concat("R/", symbol.AsSpan(6)) : symbol;
}
