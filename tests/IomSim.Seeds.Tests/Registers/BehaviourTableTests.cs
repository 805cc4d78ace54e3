using IomSim.Domain.World;

namespace IomSim.Seeds.Tests.Registers;

public sealed class BehaviourTableTests
{
    private static readonly StateCode s_aaa = StateCode.Parse("AAA");
    private static readonly StateCode s_bbb = StateCode.Parse("BBB");

    private static readonly BehaviourTable s_table = new(
    [
        new(BehaviourScope.Global, 0.1, 0.2, 0.9, 1.0, ValueBasis.ModellingAssumption, "g"),
        new(BehaviourScope.OfGroup("G1"), null, null, 0.8, null, ValueBasis.Dataset, "g1"),
        new(BehaviourScope.OfGroup("G2"), null, 0.3, 0.7, null, ValueBasis.Dataset, "g2"),
        new(BehaviourScope.OfState(s_aaa), 0.5, null, null, null, ValueBasis.Documented, "a"),
    ]);

    [Fact]
    public void State_then_group_then_global()
    {
        var a = s_table.For(s_aaa, ["G2"]);
        Assert.Equal((0.5, 0.3, 0.7), (a.ConsensusBreakPropensity.Value, a.AbstentionBand.Value, a.Attendance.Value));
        Assert.Equal(BehaviourScope.OfState(s_aaa), a.ConsensusBreakPropensity.Scope);
        Assert.Equal("g2", a.Attendance.Source);

        var b = s_table.For(s_bbb, []);
        Assert.Equal((0.1, 0.2, 0.9), (b.ConsensusBreakPropensity.Value, b.AbstentionBand.Value, b.Attendance.Value));
        Assert.Equal(ValueBasis.ModellingAssumption, b.Attendance.Basis);
    }

    [Fact]
    public void Several_groups_resolve_in_name_order()
    {
        var b = s_table.For(s_bbb, ["G2", "G1"]);
        Assert.Equal(0.8, b.Attendance.Value);
        Assert.Equal(0.3, b.AbstentionBand.Value);
    }

    [Fact]
    public void The_global_rule_is_required_and_complete()
    {
        Assert.Throws<ArgumentException>(() => new BehaviourTable([new(BehaviourScope.OfGroup("G1"), 0.1, 0.1, 0.1, 0.1, ValueBasis.Dataset, "x")]));
        Assert.Throws<ArgumentException>(() => new BehaviourTable([new(BehaviourScope.Global, 0.1, null, 0.1, 0.1, ValueBasis.ModellingAssumption, "x")]));
        Assert.Throws<ArgumentException>(() => new BehaviourTable(
        [
            new(BehaviourScope.Global, 0.1, 0.1, 0.1, 0.1, ValueBasis.ModellingAssumption, "x"),
            new(BehaviourScope.Global, 0.2, 0.2, 0.2, 0.2, ValueBasis.ModellingAssumption, "y"),
        ]));
    }
}
