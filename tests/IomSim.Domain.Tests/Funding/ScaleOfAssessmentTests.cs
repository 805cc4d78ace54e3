using IomSim.Domain.Funding;
using IomSim.Domain.World;

namespace IomSim.Domain.Tests.Funding;

public sealed class ScaleOfAssessmentTests
{
    private static readonly StateCode s_usa = StateCode.Parse("USA");
    private static readonly StateCode s_deu = StateCode.Parse("DEU");
    private static readonly StateCode s_fra = StateCode.Parse("FRA");
    private static readonly StateCode s_new = StateCode.Parse("NEW");

    [Fact]
    public void Shares_follow_the_recorded_assessments_and_a_member_without_one_pays_the_minimum()
    {
        // Recorded: USA 400, DEU 200, FRA 100; NEW has no record, so it is counted at the minimum, 100. Total 800:
        // USA 0.5, DEU 0.25, FRA 0.125, NEW 0.125. China is not a member and the EU is not a state; 2019 is another year.
        var recorded = new[]
        {
            Recorded(2020, "USA", 400m),
            Recorded(2020, "DEU", 200m),
            Recorded(2020, "FRA", 100m),
            Recorded(2020, "CHN", 5_000m),
            Recorded(2020, "EU", 5_000m),
            Recorded(2019, "DEU", 9_000m),
            Recorded(2020, "NEW", -3m),
        };

        var scale = ScaleOfAssessment.From(2020, recorded, [s_usa, s_deu, s_fra, s_new]);

        Assert.Equal(2020, scale.Year);
        Assert.Equal(new[] { s_deu, s_fra, s_new, s_usa }, scale.Shares.Keys);
        Assert.Equal(new[] { 0.25m, 0.125m, 0.125m, 0.5m }, scale.Shares.Values);
        Assert.Equal(1m, scale.Shares.Values.Sum());
    }

    [Fact]
    public void Rounded_shares_still_add_up_to_exactly_one()
    {
        // Three equal members: 1/3 each, 0.3333333333 to 10 places, 0.9999999999 in all; the missing 10⁻¹⁰ goes on
        // the largest share (all tie, so the first code).
        var recorded = new[] { Recorded(2020, "AAA", 1m), Recorded(2020, "BBB", 1m), Recorded(2020, "CCC", 1m) };
        var members = new[] { StateCode.Parse("CCC"), StateCode.Parse("BBB"), StateCode.Parse("AAA") };

        var scale = ScaleOfAssessment.From(2020, recorded, members);

        Assert.Equal(new[] { 0.3333333334m, 0.3333333333m, 0.3333333333m }, scale.Shares.Values);
        Assert.Equal(1m, scale.Shares.Values.Sum());
    }

    [Fact]
    public void With_no_record_at_all_every_member_pays_alike()
    {
        var scale = ScaleOfAssessment.From(2020, [], [s_usa, s_deu]);
        Assert.Equal(new[] { 0.5m, 0.5m }, scale.Shares.Values);
    }

    [Fact]
    public void The_administrative_part_is_split_by_the_shares_to_the_centime()
    {
        // 1,000 CHF at 0.5 / 0.25 / 0.125 / 0.125: 500, 250, 125, 125; in dollars at 1.10: 550, 275, 137.50, 137.50.
        var scale = ScaleOfAssessment.From(2020, [Recorded(2020, "USA", 400m), Recorded(2020, "DEU", 200m), Recorded(2020, "FRA", 100m)], [s_usa, s_deu, s_fra, s_new]);

        var assessed = scale.Assess(Budget(1_000m, 1.10m));

        Assert.Equal(new[] { s_deu, s_fra, s_new, s_usa }, assessed.Select(a => a.Member));
        Assert.Equal(new[] { 250m, 125m, 125m, 500m }, assessed.Select(a => a.Chf));
        Assert.Equal(new[] { 275m, 137.50m, 137.50m, 550m }, assessed.Select(a => a.Usd));
        Assert.All(assessed, a => Assert.Equal(2020, a.Year));
    }

    [Fact]
    public void The_odd_centime_goes_on_the_largest_contribution()
    {
        // 100 CHF by thirds: 100 × 0.3333333334 = 33.33333334 → 33.33 and 33.33, 33.33: 99.99; the centime goes on the
        // largest (all tie, so the first code), 33.34.
        var members = new[] { StateCode.Parse("AAA"), StateCode.Parse("BBB"), StateCode.Parse("CCC") };
        var scale = ScaleOfAssessment.From(2020, [], members);

        var assessed = scale.Assess(Budget(100m, 1m));

        Assert.Equal(new[] { 33.34m, 33.33m, 33.33m }, assessed.Select(a => a.Chf));
        Assert.Equal(100m, assessed.Sum(a => a.Chf));
    }

    private static RecordedContribution Recorded(int year, string donor, decimal assessed) =>
        new(year, DonorId.Parse(donor), assessed, 0m, 0m, 0m, "test");

    private static BudgetYear Budget(decimal administrativeChf, decimal usdPerChf) =>
        new(2020, 0m, 0m, 0m, 0m, administrativeChf, ValueBasis.Documented, usdPerChf, 0m, ValueBasis.Documented, "test");
}
