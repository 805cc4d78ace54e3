using IomSim.Domain.World;
using static IomSim.Seeds.Tests.RepoSeeds;

namespace IomSim.Seeds.Tests;

public sealed class RelationsAndBehaviourSeedTests
{
    [Fact]
    public void Ukraine_and_Georgia_regard_Russia_badly_after_the_documented_events()
    {
        Assert.Null(Seeded.Relations.WeightFrom(Code("UKR"), Code("RUS"), Day("2014-03-26")));
        Assert.True(Seeded.Relations.WeightFrom(Code("UKR"), Code("RUS"), Day("2020-11-24")) < 0);
        Assert.True(Seeded.Relations.WeightFrom(Code("GEO"), Code("RUS"), Day("2020-11-24")) < 0);
        Assert.Null(Seeded.Relations.WeightFrom(Code("GEO"), Code("RUS"), Day("2008-01-01")));
        Assert.Null(Seeded.Relations.WeightFrom(Code("USA"), Code("RUS"), Day("2020-11-24")));
    }

    [Fact]
    public void Relations_are_documented_not_taken_from_the_IOM_votes()
    {
        Assert.All(Seeded.Relations.Relations, r =>
        {
            Assert.Equal(ValueBasis.Documented, r.Basis);
            Assert.Contains("independent of the IOM Council votes", r.Source, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Behaviour_resolves_state_then_group_then_default()
    {
        var global = Seeded.Behaviour.Global;
        Assert.Equal(ValueBasis.ModellingAssumption, global.Basis);

        var kenya = Seeded.BehaviourOf(Code("KEN"), Day("2020-11-24"));
        Assert.Equal(BehaviourScope.OfGroup("UN-African"), kenya.Attendance.Scope);
        Assert.Equal(ValueBasis.Dataset, kenya.Attendance.Basis);
        Assert.Equal(BehaviourScope.Global, kenya.ConsensusBreakPropensity.Scope);
        Assert.Equal(global.ConsensusBreakPropensity, kenya.ConsensusBreakPropensity.Value);

        var cookIslands = Seeded.BehaviourOf(Code("COK"), Day("2020-11-24"));
        Assert.Equal(BehaviourScope.Global, cookIslands.Attendance.Scope);
    }

    [Fact]
    public void No_state_has_its_own_behaviour_row()
    {
        // Per-state rows need an independent documented reason; none is tuned to the 2018 or 2020 tallies.
        Assert.DoesNotContain(Seeded.Behaviour.Rules, r => r.Scope.Kind == BehaviourScopeKind.State);
    }
}
