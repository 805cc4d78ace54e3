using System.Collections.Immutable;

namespace IomSim.Domain.World;

/// <summary>The UN General Assembly roll calls the seeds know, by resolution symbol, for placing motions from data.</summary>
public sealed class RollCallCatalog
{
    private readonly ImmutableSortedDictionary<string, RollCallItem> _bySymbol;

    /// <summary>A catalogue of <paramref name="items"/>; a symbol voted on more than once keeps its last roll call.</summary>
    public RollCallCatalog(IEnumerable<RollCallItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        Items = [.. items.OrderBy(i => i.Date).ThenBy(i => i.Id)];
        _bySymbol = Items.GroupBy(i => i.Symbol, StringComparer.Ordinal)
            .ToImmutableSortedDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        Issues = [.. Items.Select(i => i.Issue).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>No roll calls (seeds without the file).</summary>
    public static RollCallCatalog Empty { get; } = new([]);

    /// <summary>Every roll call, by date then id.</summary>
    public ImmutableArray<RollCallItem> Items { get; }

    /// <summary>The issue codes the roll calls carry, in ordinal order.</summary>
    public ImmutableArray<string> Issues { get; }

    /// <summary>The roll call on <paramref name="symbol"/> (its last, if voted on more than once).</summary>
    public bool TryGet(string symbol, out RollCallItem item) => _bySymbol.TryGetValue(symbol, out item!);

    /// <summary>The roll calls held before <paramref name="date"/>.</summary>
    public IEnumerable<RollCallItem> Before(DateOnly date) => Items.Where(i => i.Date < date);
}
