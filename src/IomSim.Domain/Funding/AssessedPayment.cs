using IomSim.Domain.Randomness;

namespace IomSim.Domain.Funding;

/// <summary>Whether a member pays its assessed contribution for a year: all of it, or nothing.</summary>
public static class AssessedPayment
{
    /// <summary>
    /// What the member pays of <paramref name="due"/>, in Swiss francs: the whole amount with probability
    /// <paramref name="paymentRate"/>, else nothing (its own keyed draw, so the order members are asked in changes nothing).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="paymentRate"/> is not between 0 and 1.</exception>
    public static decimal PaidChf(AssessedContribution due, double paymentRate, ulong seed, int run)
    {
        ArgumentNullException.ThrowIfNull(due);
        if (paymentRate is not (>= 0.0 and <= 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(paymentRate), paymentRate, "A payment rate is a probability, 0 to 1.");
        }

        var random = RandomStream.For(seed, run, due.Member.Value, $"assessed/{due.Year}");
        return random.NextBernoulli(paymentRate) ? due.Chf : 0m;
    }
}
