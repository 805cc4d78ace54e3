using static IomSim.Seeds.Tests.RepoSeeds;

namespace IomSim.Seeds.Tests;

public sealed class SourcesSeedTests
{
    [Fact]
    public void Every_row_has_a_source()
    {
        Assert.All(Seeded.States.Values, s => Assert.False(string.IsNullOrWhiteSpace(s.Source), s.Code.Value));
        Assert.All(Seeded.Membership.Spells, s => Assert.False(string.IsNullOrWhiteSpace(s.Source), s.State.Value));
        Assert.All(Seeded.NonMembers2016, n => Assert.False(string.IsNullOrWhiteSpace(n.Source)));
        Assert.All(Seeded.Groups.Spells, s => Assert.False(string.IsNullOrWhiteSpace(s.Source), $"{s.State} {s.Group}"));
        Assert.All(Seeded.Relations.Relations, r => Assert.False(string.IsNullOrWhiteSpace(r.Source)));
        Assert.All(Seeded.Behaviour.Rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Source)));
        Assert.All(Seeded.Positions.Values, p => Assert.False(string.IsNullOrWhiteSpace(p.Source)));
        foreach (var outcome in Seeded.Outcomes.Values)
        {
            Assert.False(string.IsNullOrWhiteSpace(outcome.Source));
            Assert.All(outcome.Tallies, t => Assert.False(string.IsNullOrWhiteSpace(t.Source)));
            Assert.All(outcome.NamedVotes, l => Assert.False(string.IsNullOrWhiteSpace(l.Source)));
        }

        Assert.All(Seeded.Milestones, m => Assert.False(string.IsNullOrWhiteSpace(m.Source)));
    }

    [Fact]
    public void Positions_are_optional()
    {
        var present = File.Exists(Path.Combine(RepoSeeds.Directory, SeedFiles.Positions));
        Assert.Equal(present, Seeded.HasPositions);
        if (!present)
        {
            Assert.Empty(Seeded.Positions);
        }
    }
}
