using IomSim.Domain.World;
using static IomSim.Seeds.Tests.RepoSeeds;

namespace IomSim.Seeds.Tests;

public sealed class OutcomeSeedTests
{
    [Fact]
    public void The_2018_election_names_its_winner_and_marks_its_day_as_general_knowledge()
    {
        var election = Seeded.Outcomes["dg-election-2018"];
        Assert.Equal("António Vitorino", election.Elected);
        Assert.Equal(Day("2018-06-29"), election.Date);
        Assert.Equal(ValueBasis.GeneralKnowledge, election.DateBasis);
        Assert.Empty(election.Rounds);
        Assert.Null(Seeded.Outcomes["russia-2020"].Elected);
    }

    [Fact]
    public void Russia_2020_keeps_both_sources_tallies()
    {
        var russia = Seeded.Outcomes["russia-2020"];
        Assert.True(russia.FormalVote);
        Assert.Equal(Code("UKR"), russia.VoteRequestedBy);
        Assert.Equal(Day("2020-11-24"), russia.Date);
        Assert.Equal(2, russia.Tallies.Length);
        Assert.Contains(russia.Tallies, t => t is { Yes: 112, No: 2, Abstain: 2 } && t.Source.Contains("seed paper", StringComparison.Ordinal));
        Assert.Contains(russia.Tallies, t => t is { Yes: 116, No: 2, Abstain: 2 } && t.Source.Contains("TASS", StringComparison.Ordinal));
    }

    [Fact]
    public void Russia_2020_named_votes()
    {
        var russia = Seeded.Outcomes["russia-2020"];
        Assert.Equal(RecordedVote.No, russia.NamedVoteOf(Code("GEO")));
        Assert.Equal(RecordedVote.No, russia.NamedVoteOf(Code("UKR")));
        Assert.Equal(RecordedVote.Abstain, russia.NamedVoteOf(Code("HND")));
        Assert.Equal(RecordedVote.Abstain, russia.NamedVoteOf(Code("USA")));
        Assert.Equal(RecordedVote.Yes, russia.NamedVoteOf(Code("CHN")));
        Assert.Equal(RecordedVote.Yes, russia.NamedVoteOf(Code("POL")));
        Assert.Null(russia.NamedVoteOf(Code("BRA")));
    }

    [Fact]
    public void Russia_2020_yes_list_is_China_and_the_EU_of_the_day()
    {
        var russia = Seeded.Outcomes["russia-2020"];
        var eu = Seeded.Groups.MembersOf("EU", russia.Date);
        var listed = russia.NamedVotes.Single(l => l.Vote == RecordedVote.Yes && l.States.Contains(Code("CHN"))).States;
        Assert.Equal(eu.Add(Code("CHN")), listed.ToHashSet());
    }

    [Fact]
    public void Every_named_voter_in_2020_was_a_member_on_the_day()
    {
        var russia = Seeded.Outcomes["russia-2020"];
        Assert.All(russia.NamedVotes.SelectMany(l => l.States), c => Assert.True(Seeded.Membership.IsMemberOn(c, russia.Date), c.Value));
    }

    [Fact]
    public void China_2016_was_admitted_without_a_vote()
    {
        var china = Seeded.Outcomes["china-2016"];
        Assert.False(china.FormalVote);
        Assert.Equal("admitted", china.Outcome);
        Assert.Equal(["CHN", "SLB", "TUV"], china.Subjects.Select(c => c.Value));
        Assert.Empty(china.Tallies);
    }

    [Fact]
    public void GCM_2018_lists_add_up_to_the_tally()
    {
        var gcm = Seeded.Outcomes["gcm-2018-unga"];
        var tally = gcm.Tallies[0];
        Assert.Equal((152, 5, 12, 24), (tally.Yes, tally.No, tally.Abstain, tally.NotVoting!.Value));
        Assert.Equal(RecordedVote.Yes, gcm.OthersVote);
        var named = gcm.NamedVotes.SelectMany(l => l.States).ToHashSet();
        var unMembers = Seeded.States.Values.Where(s => s.IsUnMemberOn(gcm.Date)).Select(s => s.Code).ToList();
        Assert.Equal(152, unMembers.Count(c => !named.Contains(c)));
        Assert.Equal(RecordedVote.NotVoting, gcm.NamedVoteOf(Code("UKR")));
        Assert.Null(gcm.NamedVoteOf(Code("RUS")));
    }

    [Fact]
    public void Milestones_in_the_simulated_period_match_the_register()
    {
        foreach (var milestone in Seeded.Milestones.Where(m => m.Date.Year >= 2016))
        {
            Assert.Equal(milestone.MembersAfter, Seeded.Membership.MembersOn(milestone.Date).Count);
        }
    }
}
