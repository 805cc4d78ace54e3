using IomSim.Domain.Funding;
using IomSim.Domain.World;

namespace IomSim.Domain.Tests.Funding;

public sealed class FundingTiesTests
{
    private static readonly StateCode s_ukr = StateCode.Parse("UKR");
    private static readonly StateCode s_usaState = StateCode.Parse("USA");
    private static readonly DonorId s_usa = DonorId.Parse("USA");
    private static readonly DonorId s_deu = DonorId.Parse("DEU");
    private static readonly DonorId s_fra = DonorId.Parse("FRA");
    private static readonly DonorId s_eu = DonorId.Parse("EU");

    [Fact]
    public void A_recipient_is_tied_to_the_donors_of_its_projects_that_ran_by_their_share_of_the_money()
    {
        var ties = FundingTies.From(Ledger());

        // Ukraine's project that ran: USA 300, DEU 100 → 0.75 and 0.25. Its cancelled project (France) ties no one.
        Assert.Equal(0.75, ties.ByRecipient[s_ukr][s_usa]);
        Assert.Equal(0.25, ties.ByRecipient[s_ukr][s_deu]);
        Assert.False(ties.ByRecipient[s_ukr].ContainsKey(s_fra));

        // The United States' own project: its own 50 is skipped, the EU's 50 is all that counts.
        Assert.Equal(1.0, ties.ByRecipient[s_usaState][s_eu]);
        Assert.Single(ties.ByRecipient[s_usaState]);
        Assert.Equal(2, ties.ByRecipient.Count);
    }

    [Fact]
    public void The_pull_is_the_weighted_view_of_the_donors_that_have_one()
    {
        var ties = FundingTies.From(Ledger());

        // USA's view 0.8, Germany's −2 clamped to −1: 0.75 × 0.8 + 0.25 × (−1) = 0.35.
        Assert.Equal(0.35, ties.PullOn(s_ukr, d => d == s_usa ? 0.8 : -2.0), 12);

        // Only USA has a view: 0.75 × 0.8 = 0.6. The EU has none, so the United States feels no pull.
        Assert.Equal(0.6, ties.PullOn(s_ukr, d => d == s_usa ? 0.8 : null), 12);
        Assert.Equal(0.0, ties.PullOn(s_usaState, _ => null));
        Assert.Equal(0.0, ties.PullOn(StateCode.Parse("FRA"), _ => 1.0));
        Assert.Equal(0.0, FundingTies.None.PullOn(s_ukr, _ => 1.0));
    }

    private static FundingYearLedger Ledger()
    {
        var rules = FundingRules.Default;
        var projects = new[]
        {
            Project("ukr-ran", 400m, s_ukr, (s_usa, 300m), (s_deu, 100m)).Close(rules),
            Project("ukr-cancelled", 10_000m, s_ukr, (s_fra, 100m)).Close(rules),
            Project("usa-own", 100m, s_usaState, (s_usa, 50m), (s_eu, 50m)).Close(rules),
            Project("regional", 100m, null, (s_deu, 100m)).Close(rules),
        };
        return new FundingYearLedger(2020, [], [.. projects]);
    }

    private static ProjectAccount Project(string id, decimal cost, StateCode? requestedBy, params (DonorId Donor, decimal Amount)[] pledges)
    {
        var account = ProjectAccount.Open(new Appeal(id, 2020, id, Theme.Health, Region.Global, requestedBy, requestedBy, cost));
        foreach (var (donor, amount) in pledges)
        {
            account = account.Receive(new Pledge(donor, id, amount)).Account;
        }

        return account;
    }
}
