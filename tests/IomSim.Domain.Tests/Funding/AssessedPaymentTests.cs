using IomSim.Domain.Funding;
using IomSim.Domain.World;

namespace IomSim.Domain.Tests.Funding;

public sealed class AssessedPaymentTests
{
    [Fact]
    public void A_member_pays_in_full_or_not_at_all()
    {
        var due = Due("FRA", 1_234.56m);

        Assert.Equal(1_234.56m, AssessedPayment.PaidChf(due, 1.0, 1, 0));
        Assert.Equal(0m, AssessedPayment.PaidChf(due, 0.0, 1, 0));
    }

    [Fact]
    public void The_share_of_members_that_pay_follows_the_rate()
    {
        // 5,000 members, each its own draw at 30%: the share paying lies within 3 points of it.
        var codes = Enumerable.Range(0, 5_000).Select(i => $"{(char)('A' + (i / 676))}{(char)('A' + (i / 26 % 26))}{(char)('A' + (i % 26))}");
        var paying = codes.Count(code => AssessedPayment.PaidChf(Due(code, 10m), 0.3, 42, 1) > 0);

        Assert.InRange(paying / 5_000.0, 0.27, 0.33);
    }

    [Fact]
    public void The_same_seed_gives_the_same_payment()
    {
        var due = Due("KEN", 10m);
        var first = Enumerable.Range(0, 50).Select(run => AssessedPayment.PaidChf(due, 0.5, 9, run)).ToArray();
        var again = Enumerable.Range(0, 50).Select(run => AssessedPayment.PaidChf(due, 0.5, 9, run)).ToArray();

        Assert.Equal(first, again);
        Assert.Contains(0m, first);
        Assert.Contains(10m, first);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void A_rate_outside_zero_to_one_is_refused(double rate) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => AssessedPayment.PaidChf(Due("FRA", 1m), rate, 1, 0));

    private static AssessedContribution Due(string member, decimal chf) => new(StateCode.Parse(member), 2020, 0.01m, chf, chf);
}
