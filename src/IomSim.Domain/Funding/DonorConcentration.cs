namespace IomSim.Domain.Funding;

/// <summary>
/// How concentrated a set of contributions is. Amounts are taken as given: a negative amount (a refund recorded
/// against the year) lowers the total, so shares can then exceed 1; a total that is not positive (no money, or
/// refunds outweighing it) gives 0, since no share of it means anything.
/// </summary>
public static class DonorConcentration
{
    /// <summary>The share of the total given by the <paramref name="n"/> largest amounts.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is negative.</exception>
    public static double TopShare(IEnumerable<decimal> amounts, int n)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        var list = amounts.ToList();
        var total = list.Sum();
        return total <= 0 ? 0.0 : (double)(list.OrderDescending().Take(n).Sum() / total);
    }

    /// <summary>The Herfindahl–Hirschman index: Σ share², from near 0 (many equal donors) to 1 (one donor).</summary>
    public static double Herfindahl(IEnumerable<decimal> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        var list = amounts.ToList();
        var total = list.Sum();
        return total <= 0 ? 0.0 : list.Sum(a => Math.Pow((double)(a / total), 2));
    }
}
