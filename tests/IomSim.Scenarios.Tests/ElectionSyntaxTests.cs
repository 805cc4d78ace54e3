using IomSim.Domain.Procedure;
using IomSim.Domain.World;

namespace IomSim.Scenarios.Tests;

/// <summary>The election keys: candidates' documented attributes, withdrawals, the lone-candidate rule, weights.</summary>
public sealed class ElectionSyntaxTests
{
    private const string Head = "      - id: t/election\n        kind: election\n        title: DG\n";

    [Fact]
    public void Attributes_withdrawals_and_rules_read_and_region_and_donor_standing_come_from_the_seeds()
    {
        var scenario = ScenarioReader.Parse(
            ScenarioText.WithItem(Head
                + "        candidates:\n"
                + "          - name: A\n"
                + "            nominator: USA\n"
                + "            incumbent: { value: true, as_of: 2020-01-01, source: s1 }\n"
                + "          - name: B\n"
                + "            nominator: PRT\n"
                + "            deputy_director_general: { value: true, as_of: 2020-01-01, source: s2, basis: general-knowledge }\n"
                + "            endorsements: [{ by: EU, as_of: 2020-06-01, source: s3 }]\n"
                + "        withdrawals: [{ candidate: B, after_round: 2, source: a supposition }]\n"
                + "        lone_candidate: ballot\n"
                + "        trailer_withdraws_below: 0.05\n"
                + "        weights: { endorsed: 2 }"),
            ScenarioText.File, Seeded.World);

        var entry = scenario.Timeline[0].Items[0];
        var (a, b) = (entry.Candidates[0], entry.Candidates[1]);
        Assert.Equal(Seeded.World.Positions[StateCode.Parse("USA")].Position, a.Position);
        Assert.True(a.Profile.Incumbent!.Value);
        Assert.Equal("UN-WEOG", a.Profile.Region!.Value);
        Assert.Equal(1.0, a.Profile.DonorStanding!.Value);
        Assert.InRange(b.Profile.DonorStanding!.Value, 0, 0.05);
        Assert.Equal(ValueBasis.GeneralKnowledge, b.Profile.ServingDeputy!.Basis);
        Assert.Contains(StateCode.Parse("DEU"), Assert.Single(b.Profile.Endorsements).States);
        Assert.Null(b.Profile.Incumbent);
        Assert.Equal("B", Assert.Single(entry.ElectionRules.Withdrawals).Candidate);
        Assert.Equal(LoneCandidateRule.Ballot, entry.ElectionRules.LoneCandidate);
        Assert.Equal(0.05, entry.ElectionRules.TrailerWithdrawsBelow);
        Assert.Equal(2, entry.ElectionWeights.Endorsed);
        Assert.Equal(0.3, entry.ElectionWeights.SameRegion);
    }

    [Fact]
    public void A_fact_dated_on_or_after_the_vote_is_refused()
    {
        ScenarioText.Fails(
            ScenarioText.WithItem(Head + "        candidates:\n          - name: A\n            nominator: USA\n"
                + "            incumbent: { value: true, as_of: 2020-11-24, source: s }"),
            15, 46, "incumbent is dated 2020-11-24, not before the vote on 2020-11-24", "a fact members could know before voting");
    }

    [Fact]
    public void A_withdrawal_of_someone_not_standing_and_an_unknown_rule_are_refused()
    {
        const string Candidates = "        candidates: [{ name: A, nominator: USA }, { name: B, nominator: PRT }]\n";
        ScenarioText.Fails(
            ScenarioText.WithItem(Head + Candidates + "        withdrawals: [{ candidate: C, after_round: 1, source: s }]"),
            13, 36, "'C' is not a candidate", "expected one of: A, B");
        ScenarioText.Fails(
            ScenarioText.WithItem(Head + Candidates + "        lone_candidate: lot"),
            13, 25, "lone_candidate 'lot' is not a rule", "acclamation or ballot");
    }
}
