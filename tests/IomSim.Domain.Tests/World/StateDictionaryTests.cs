using IomSim.Domain.World;

namespace IomSim.Domain.Tests.World;

public sealed class StateDictionaryTests
{
    private static readonly StateCode s_fra = StateCode.Parse("FRA");
    private static readonly StateCode s_rus = StateCode.Parse("RUS");
    private static readonly StateCode s_ukr = StateCode.Parse("UKR");

    [Fact]
    public void Finds_each_state_and_nothing_else()
    {
        var map = StateDictionary.Of([s_fra, s_rus, s_ukr], [1, 2, 3]);

        Assert.Equal(3, map.Count);
        Assert.Equal(2, map[s_rus]);
        Assert.True(map.TryGetValue(s_ukr, out var ukraine));
        Assert.Equal(3, ukraine);
        Assert.False(map.ContainsKey(StateCode.Parse("USA")));
        Assert.False(map.ContainsKey(default));
        Assert.Throws<KeyNotFoundException>(() => map[StateCode.Parse("USA")]);
    }

    [Fact]
    public void States_given_out_of_order_come_out_in_code_order_with_their_values()
    {
        var map = StateDictionary.Of([s_ukr, s_fra, s_rus], ["ukr", "fra", "rus"]);

        Assert.Equal<StateCode>([s_fra, s_rus, s_ukr], map.Keys);
        Assert.Equal<string>(["fra", "rus", "ukr"], map.Values);
        Assert.Equal([s_fra, s_rus, s_ukr], map.Select(e => e.Key));
        Assert.Equal("ukr", map[s_ukr]);
    }

    [Fact]
    public void A_state_twice_or_a_missing_value_is_refused()
    {
        Assert.Throws<ArgumentException>(() => StateDictionary.Of([s_rus, s_fra, s_rus], [1, 2, 3]));
        Assert.Throws<ArgumentException>(() => StateDictionary.Of([s_fra, s_rus], [1]));
    }

    [Fact]
    public void Pairs_in_any_order_make_the_same_map_as_arrays()
    {
        var pairs = StateDictionary.Of([KeyValuePair.Create(s_ukr, 3), KeyValuePair.Create(s_fra, 1)]);

        Assert.Equal([KeyValuePair.Create(s_fra, 1), KeyValuePair.Create(s_ukr, 3)], pairs);
        Assert.Empty(StateDictionary.Empty<int>());
    }
}
