using IomSim.Domain.Funding;
using IomSim.Domain.World;
using static IomSim.Seeds.Tests.RepoSeeds;

namespace IomSim.Seeds.Tests;

public sealed class FundingSeedTests
{
    private static FundingWorld Funding => Seeded.Funding;

    private static DonorId Donor(string text) => DonorId.Parse(text);

    [Fact]
    public void The_world_has_nine_budget_years()
    {
        Assert.Equal(Enumerable.Range(2016, 9), Funding.Years.Keys);
        Assert.Equal(60_200_000m, Funding.Years[2021].AssessedUsd);
        Assert.Equal(7_900_000_000m, Funding.Years[2024].AppealUsd);
        Assert.Equal(ValueBasis.Documented, Funding.Years[2024].AppealBasis);
        Assert.All(Funding.Years.Values.Where(y => y.Year < 2024), y => Assert.Equal(ValueBasis.Inferred, y.AppealBasis));
    }

    [Fact]
    public void The_administrative_part_is_the_assessed_revenue_at_the_years_rate()
    {
        Assert.All(Funding.Years.Values, y =>
        {
            Assert.Equal(ValueBasis.Inferred, y.AdministrativePartBasis);
            Assert.Equal(Math.Round(y.AssessedUsd / y.UsdPerChf, MidpointRounding.AwayFromZero), y.AdministrativePartChf);
        });
    }

    [Fact]
    public void Top_five_share_of_2021_from_the_contributions_is_the_CEB_figure()
    {
        // Governments and the EU, voluntary money (earmarked + unearmarked), net as recorded.
        var voluntary = Funding.ContributionsIn(2021)
            .Where(c => Funding.Donors[c.Donor].Kind is DonorKind.State or DonorKind.EuropeanUnion)
            .GroupBy(c => c.Donor)
            .Select(g => (Donor: g.Key, Usd: g.Sum(c => c.VoluntaryUsd)))
            .OrderByDescending(d => d.Usd)
            .ToList();
        var top = voluntary.Take(5).ToList();
        var share = (double)(top.Sum(d => d.Usd) / voluntary.Sum(d => d.Usd));

        Assert.InRange(share, 0.749, 0.751);
        Assert.Equal(new[] { "DEU", "EU", "GBR", "ITA", "USA" }, top.Select(d => d.Donor.Value).Order(StringComparer.Ordinal));
        var documented = Funding.Documented.Single(f => f.Measure == "top-five-share" && f.Year == 2021 && f.Source.StartsWith("computed by the reference compiler", StringComparison.Ordinal));
        Assert.Equal((double)documented.Value, share, 0.001);
    }

    [Fact]
    public void China_in_2022_matches_the_CEB_figures_in_iom_facts()
    {
        var china = Assert.Single(Funding.ContributionsIn(2022), c => c.Donor == Donor("CHN"));

        Assert.Equal(7.33m, Math.Round(china.AssessedUsd / 1_000_000m, 2));
        Assert.Equal(0.32m, Math.Round(china.VoluntaryUsd / 1_000_000m, 2));
        Assert.Equal(320_493m, china.EarmarkedUsd);
    }

    [Fact]
    public void Russia_has_no_rows_before_2021()
    {
        var russia = Funding.Contributions.Where(c => c.Donor == Donor("RUS")).ToList();

        Assert.Equal(2021, russia.Min(c => c.Year));
        Assert.All(russia, c => Assert.Equal(0m, c.VoluntaryUsd));
        Assert.Equal(1.47m, Math.Round(russia.Single(c => c.Year == 2022).AssessedUsd / 1_000_000m, 2));
    }

    [Fact]
    public void Every_donor_is_a_known_state_or_a_non_state_id()
    {
        Assert.All(Funding.Contributions, c =>
        {
            var profile = Funding.Donors[c.Donor];
            if (c.Donor.State is { } state)
            {
                Assert.True(Seeded.States.ContainsKey(state), $"{state} is not in seeds/states.csv");
                Assert.Equal(DonorKind.State, profile.Kind);
            }
            else
            {
                Assert.NotEqual(3, c.Donor.Value.Length);
                Assert.NotEqual(DonorKind.State, profile.Kind);
            }
        });
        Assert.Equal(DonorKind.EuropeanUnion, Funding.Donors[Donor("EU")].Kind);
        Assert.Equal(DonorKind.Other, Funding.Donors[Donor("KOSOVO")].Kind);
        Assert.Equal(DonorKind.Multilateral, Funding.Donors[Donor("UN-POOLED-FUNDS")].Kind);
    }

    [Fact]
    public void Contributions_are_ordered_by_year_then_donor_and_unique()
    {
        var keys = Funding.Contributions.Select(c => (c.Year, c.Donor)).ToList();
        Assert.Equal(keys.OrderBy(k => k.Year).ThenBy(k => k.Donor), keys);
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public void Negative_amounts_are_kept_as_recorded()
    {
        var iraq = Assert.Single(Funding.ContributionsIn(2021), c => c.Donor == Donor("IRQ"));
        Assert.Equal(-5_895_796m, iraq.EarmarkedUsd);
        Assert.Contains(Funding.Contributions, c => c.Donor == Donor("OTHER-CONTRIBUTORS") && c.EarmarkedUsd < 0);
    }

    [Fact]
    public void Donors_have_seeded_or_neutral_priorities()
    {
        var usa = Funding.Donors[Donor("USA")];
        Assert.Equal("United States of America", usa.Name);
        Assert.Equal(ValueBasis.ModellingAssumption, usa.Basis);
        Assert.Equal(2.0, usa.Priorities.WeightOf(Theme.EmergencyResponse, Region.Global));
        Assert.Equal(3.0, usa.Priorities.WeightOf(Theme.EmergencyResponse, Region.Americas));

        var china = Funding.Donors[Donor("CHN")];
        Assert.Same(DonorPriorities.Neutral, china.Priorities);
        Assert.Equal("no priorities seeded: neutral", china.Source);
        Assert.Equal(Funding.Contributions.Select(c => c.Donor).Distinct().Count(), Funding.Donors.Count);
        Assert.Equal(13, Funding.Donors.Values.Count(d => !ReferenceEquals(d.Priorities, DonorPriorities.Neutral)));
    }

    [Fact]
    public void The_appeal_plan_adds_up_to_one_in_every_year()
    {
        foreach (var year in Enumerable.Range(2016, 9))
        {
            var rows = Funding.AppealPlan.Where(r => r.FromYear <= year && year <= r.ToYear).ToList();
            Assert.Equal(1.0, rows.Sum(r => r.Share), 1e-9);
            Assert.Equal(Enum.GetValues<Theme>(), rows.Select(r => r.Theme).Distinct().Order());
            Assert.Equal(Enum.GetValues<Region>(), rows.Select(r => r.Region).Distinct().Order());
        }

        Assert.Contains(Funding.AppealPlan, r => r.Countries.Contains(Code("UKR")) && r.Theme == Theme.EmergencyResponse && r.FromYear == 2022);
        Assert.All(Funding.AppealPlan, r => Assert.Equal(ValueBasis.ModellingAssumption, r.Basis));
    }

    [Fact]
    public void Documented_figures_keep_both_sources_where_they_disagree()
    {
        decimal[] Values(string measure, int year, string? donor) => [.. Funding.Documented
            .Where(f => f.Measure == measure && f.Year == year && f.Donor == (donor is null ? null : Donor(donor)))
            .Select(f => f.Value)
            .Order()];

        Assert.Equal([0.750m, 0.80m], Values("top-five-share", 2021, null));
        Assert.Equal([7_300_000m, 7_333_309m], Values("assessed-usd", 2022, "CHN"));
        Assert.Equal([204_000m, 320_493m], Values("voluntary-usd", 2022, "CHN"));
        Assert.Equal([1_469_040m, 1_500_000m], Values("assessed-usd", 2022, "RUS"));
        Assert.Equal([0m, 0m], Values("voluntary-usd", 2022, "RUS"));
        Assert.Equal([2_500_000_000m, 2_549_500_000m], Values("total-revenue-usd", 2021, null));
        Assert.Equal([0.94m], Values("voluntary-share-of-budget", 2021, null));
    }

    [Fact]
    public void Every_funding_row_has_a_source()
    {
        Assert.All(Funding.Years.Values, y => Assert.False(string.IsNullOrWhiteSpace(y.Source)));
        Assert.All(Funding.Contributions, c => Assert.False(string.IsNullOrWhiteSpace(c.Source)));
        Assert.All(Funding.Donors.Values, d => Assert.False(string.IsNullOrWhiteSpace(d.Source)));
        Assert.All(Funding.AppealPlan, r => Assert.False(string.IsNullOrWhiteSpace(r.Source)));
        Assert.All(Funding.Documented, f => Assert.False(string.IsNullOrWhiteSpace(f.Source)));
    }

    [Fact]
    public void Every_member_pays_its_assessment_by_default()
    {
        Assert.Equal(1.0, Seeded.Behaviour.Global.AssessedPayment);
        var kenya = Seeded.BehaviourOf(Code("KEN"), Day("2021-06-01"));
        Assert.Equal(BehaviourScope.Global, kenya.AssessedPayment.Scope);
        Assert.Equal(1.0, kenya.AssessedPayment.Value);
    }
}
