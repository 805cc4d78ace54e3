using System.Collections.Immutable;
using IomSim.Domain.Funding;
using IomSim.Domain.World;

namespace IomSim.Domain.Tests.Funding;

public sealed class PledgePlannerTests
{
    private static readonly DonorId s_donor = DonorId.Parse("USA");
    private static readonly StateCode s_ukraine = StateCode.Parse("UKR");

    [Fact]
    public void Equal_weights_give_in_proportion_to_what_each_project_still_needs()
    {
        // Needs 60 and 100, weights 1 and 1, budget 100. Neither saturates: λ = 100 / (1·60 + 1·100) = 0.625,
        // and λ·w = 0.625 ≤ 1 for both. Pledges: 0.625 × 60 = 37.50 and 0.625 × 100 = 62.50, adding up to 100.
        var plan = Plan(100m, DonorPriorities.Neutral, Open("a", 60m), Open("b", 100m));

        Assert.Equal(new[] { Pledge("a", 37.50m), Pledge("b", 62.50m) }, plan.Pledges);
        Assert.Equal(0m, plan.UnplacedUsd);
    }

    [Fact]
    public void A_favoured_project_fills_up_and_the_rest_flows_to_the_others()
    {
        // Health weighs 4, borders 1; needs 20 and 200; budget 100. In order of falling weight, λ that spends it all
        // over both is 100 / (4·20 + 1·200) = 0.357, and λ·4 = 1.43 > 1: the health project would get more than it
        // needs, so it takes its 20 in full. The other 80 go to the border project: λ = 80 / 200 = 0.4, λ·1 ≤ 1.
        var priorities = new DonorPriorities(
            new Dictionary<Theme, double> { [Theme.Health] = 4.0 }.ToImmutableSortedDictionary(),
            ImmutableSortedDictionary<Region, double>.Empty);

        var plan = Plan(100m, priorities, Open("health", 20m, Theme.Health), Open("borders", 200m, Theme.BorderManagement));

        Assert.Equal(new[] { Pledge("borders", 80m), Pledge("health", 20m) }, plan.Pledges);
        Assert.Equal(0m, plan.UnplacedUsd);
    }

    [Fact]
    public void Money_beyond_every_need_stays_unplaced()
    {
        // Needs 30 + 20 = 50 < 100: both are paid in full and 50 stays unplaced.
        var plan = Plan(100m, DonorPriorities.Neutral, Open("a", 30m), Open("b", 20m));

        Assert.Equal(new[] { Pledge("a", 30m), Pledge("b", 20m) }, plan.Pledges);
        Assert.Equal(50m, plan.UnplacedUsd);
    }

    [Fact]
    public void A_project_of_weight_zero_gets_nothing_and_a_funded_one_is_skipped()
    {
        var noAfrica = new DonorPriorities(
            ImmutableSortedDictionary<Theme, double>.Empty,
            new Dictionary<Region, double> { [Region.Africa] = 0.0 }.ToImmutableSortedDictionary());

        var plan = Plan(100m, noAfrica, Open("africa", 500m, region: Region.Africa), Open("done", 0m), Open("asia", 40m, region: Region.AsiaPacific));

        Assert.Equal(new[] { Pledge("asia", 40m) }, plan.Pledges);
        Assert.Equal(60m, plan.UnplacedUsd);
    }

    [Fact]
    public void Interest_in_the_requesting_state_raises_the_weight_and_dislike_counts_as_none()
    {
        // Interest 1 in UKR doubles its project's weight: λ = 90 / (2·100 + 1·100) = 0.3, pledges 60 and 30.
        var liked = Plan(90m, DonorPriorities.Neutral, s => s == s_ukraine ? 1.0 : 0.0, Open("ukr", 100m, requestedBy: s_ukraine), Open("other", 100m));
        Assert.Equal(new[] { Pledge("other", 30m), Pledge("ukr", 60m) }, liked.Pledges);

        // Interest −1 is floored at 0, so both weigh 1: 45 and 45.
        var disliked = Plan(90m, DonorPriorities.Neutral, s => s == s_ukraine ? -1.0 : 0.0, Open("ukr", 100m, requestedBy: s_ukraine), Open("other", 100m));
        Assert.Equal(new[] { Pledge("other", 45m), Pledge("ukr", 45m) }, disliked.Pledges);
    }

    [Fact]
    public void Rounding_to_cents_puts_the_odd_cent_on_the_largest_pledge_so_the_sum_is_exact()
    {
        // 100 over three equal needs of 100: λ = 1/3, each 33.333… → 33.33, 99.99 in all. The missing cent goes on
        // the largest pledge with room; all tie, so on the first by id.
        var plan = Plan(100m, DonorPriorities.Neutral, Open("c", 100m), Open("a", 100m), Open("b", 100m));

        Assert.Equal(new[] { Pledge("a", 33.34m), Pledge("b", 33.33m), Pledge("c", 33.33m) }, plan.Pledges);
        Assert.Equal(0m, plan.UnplacedUsd);
    }

    [Fact]
    public void A_fraction_of_a_cent_in_a_need_or_a_budget_is_never_pledged()
    {
        // Pledges are whole cents and never above the need: 10.005 can take 10.00; the budget's 0.004 stays unplaced.
        var plan = Plan(50.004m, DonorPriorities.Neutral, Open("a", 10.005m));

        Assert.Equal(new[] { Pledge("a", 10.00m) }, plan.Pledges);
        Assert.Equal(40.004m, plan.UnplacedUsd);
    }

    [Fact]
    public void Noise_is_drawn_from_the_donors_own_stream_so_the_same_seed_gives_the_same_plan()
    {
        var open = Enumerable.Range(0, 8).Select(i => Open($"p{i}", 1_000m)).ToArray();

        var first = Plan(3_000m, DonorPriorities.Neutral, _ => 0, 0.8, 42, open);
        var again = Plan(3_000m, DonorPriorities.Neutral, _ => 0, 0.8, 42, open);
        var otherSeed = Plan(3_000m, DonorPriorities.Neutral, _ => 0, 0.8, 43, open);

        Assert.Equal(first, again);
        Assert.NotEqual(first, otherSeed);
        Assert.Equal(3_000m, otherSeed.PledgedUsd + otherSeed.UnplacedUsd);
    }

    [Fact]
    public void Without_noise_the_seed_changes_nothing()
    {
        var open = Enumerable.Range(0, 5).Select(i => Open($"p{i}", 100m + i)).ToArray();

        Assert.Equal(Plan(250m, DonorPriorities.Neutral, _ => 0, 0.0, 1, open), Plan(250m, DonorPriorities.Neutral, _ => 0, 0.0, 2, open));
    }

    [Fact]
    public void Bad_arguments_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Plan(-1m, DonorPriorities.Neutral, Open("a", 10m)));
        Assert.Throws<ArgumentException>(() => Plan(10m, DonorPriorities.Neutral, _ => 0, double.NaN, 1, Open("a", 10m)));
        Assert.Throws<ArgumentException>(() => Plan(10m, DonorPriorities.Neutral, _ => 0, -0.1, 1, Open("a", 10m)));
        Assert.Throws<ArgumentException>(() => Plan(10m, DonorPriorities.Neutral, Open("a", 10m), Open("a", 5m)));
    }

    private static PledgePlan Plan(decimal earmarked, DonorPriorities priorities, params OpenAppeal[] open) =>
        Plan(earmarked, priorities, _ => 0.0, open);

    private static PledgePlan Plan(decimal earmarked, DonorPriorities priorities, Func<StateCode, double> interest, params OpenAppeal[] open) =>
        Plan(earmarked, priorities, interest, 0.0, 7, open);

    private static PledgePlan Plan(decimal earmarked, DonorPriorities priorities, Func<StateCode, double> interest, double noise, ulong seed, params OpenAppeal[] open) =>
        PledgePlanner.Plan(new DonorBudget(s_donor, 2020, earmarked, 0m), priorities, [.. open], interest, noise, seed, 0);

    private static OpenAppeal Open(string id, decimal remaining, Theme theme = Theme.EmergencyResponse, Region region = Region.Global, StateCode? requestedBy = null) =>
        new(new Appeal(id, 2020, id, theme, region, requestedBy, requestedBy, Math.Max(remaining, 1_000m)), remaining);

    private static Pledge Pledge(string appealId, decimal amount) => new(s_donor, appealId, amount);
}
