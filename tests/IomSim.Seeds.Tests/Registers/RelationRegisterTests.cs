using IomSim.Domain.World;

namespace IomSim.Seeds.Tests.Registers;

public sealed class RelationRegisterTests
{
    private static readonly StateCode s_aaa = StateCode.Parse("AAA");
    private static readonly StateCode s_bbb = StateCode.Parse("BBB");

    private static readonly RelationRegister s_register = new(
    [
        new(s_aaa, s_bbb, -0.8, new(2014, 3, 27), null, ValueBasis.Documented, "t"),
        new(s_bbb, s_aaa, 0.5, null, new(2000, 12, 31), ValueBasis.Documented, "t"),
    ]);

    [Fact]
    public void Weight_is_directional_and_dated()
    {
        Assert.Null(s_register.WeightFrom(s_aaa, s_bbb, new(2014, 3, 26)));
        Assert.Equal(-0.8, s_register.WeightFrom(s_aaa, s_bbb, new(2014, 3, 27)));
        Assert.Equal(0.5, s_register.WeightFrom(s_bbb, s_aaa, new(2000, 12, 31)));
        Assert.Null(s_register.WeightFrom(s_bbb, s_aaa, new(2001, 1, 1)));
        Assert.Null(RelationRegister.Empty.WeightFrom(s_aaa, s_bbb, new(2020, 1, 1)));
    }
}
