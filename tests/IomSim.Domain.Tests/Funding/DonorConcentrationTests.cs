using IomSim.Domain.Funding;

namespace IomSim.Domain.Tests.Funding;

public sealed class DonorConcentrationTests
{
    [Fact]
    public void Top_shares_and_the_Herfindahl_index_of_a_small_set()
    {
        // 20, 50, 30 of 100: the largest gives 0.5, the two largest 0.8; Herfindahl 0.5² + 0.3² + 0.2² = 0.38.
        decimal[] amounts = [20m, 50m, 30m];

        Assert.Equal(0.5, DonorConcentration.TopShare(amounts, 1), 12);
        Assert.Equal(0.8, DonorConcentration.TopShare(amounts, 2), 12);
        Assert.Equal(1.0, DonorConcentration.TopShare(amounts, 5), 12);
        Assert.Equal(0.0, DonorConcentration.TopShare(amounts, 0));
        Assert.Equal(0.38, DonorConcentration.Herfindahl(amounts), 12);
    }

    [Fact]
    public void One_donor_is_total_concentration_and_many_equal_ones_little()
    {
        Assert.Equal(1.0, DonorConcentration.Herfindahl([7m]), 12);
        Assert.Equal(0.01, DonorConcentration.Herfindahl(Enumerable.Repeat(3m, 100)), 12);
    }

    [Fact]
    public void No_money_gives_zero()
    {
        Assert.Equal(0.0, DonorConcentration.TopShare([], 5));
        Assert.Equal(0.0, DonorConcentration.Herfindahl([]));
        Assert.Equal(0.0, DonorConcentration.TopShare([0m, 0m], 1));
        Assert.Equal(0.0, DonorConcentration.Herfindahl([5m, -5m]));
    }

    [Fact]
    public void A_negative_amount_lowers_the_total_as_given()
    {
        // 100 and a refund of −20: total 80, the largest gives 100 / 80 = 1.25.
        Assert.Equal(1.25, DonorConcentration.TopShare([100m, -20m], 1), 12);
        Assert.Throws<ArgumentOutOfRangeException>(() => DonorConcentration.TopShare([1m], -1));
    }
}
