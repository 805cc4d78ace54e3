using IomSim.Engine.Results;

namespace IomSim.Results.Tests;

public sealed class StoredMapReaderTests
{
    [Fact]
    public void Maps_over_the_same_states_share_their_codes_and_the_label_table_grows_as_labels_appear()
    {
        var reader = new StoredMapReader();

        var first = reader.Read("""{"GEO":"no","RUS":"yes","UKR":"no"}""");
        var second = reader.Read("""{"GEO":"abstain","RUS":"yes","UKR":"no"}""");

        Assert.Equal("abstain", second["GEO"]);
        Assert.Equal("no", first["GEO"]);
        Assert.Same(ImmutableKeys(first), ImmutableKeys(second));
    }

    [Fact]
    public void A_map_over_other_states_gets_codes_of_its_own_and_later_maps_share_those()
    {
        var reader = new StoredMapReader();
        var three = reader.Read("""{"GEO":"no","RUS":"yes","UKR":"no"}""");

        var two = reader.Read("""{"GEO":"no","RUS":"yes"}""");
        var other = reader.Read("""{"ARM":"yes","RUS":"yes"}""");
        var otherAgain = reader.Read("""{"ARM":"no","RUS":"yes"}""");

        Assert.Equal<string>(["GEO", "RUS", "UKR"], three.Keys);
        Assert.Equal<string>(["GEO", "RUS"], two.Keys);
        Assert.Equal<string>(["ARM", "RUS"], other.Keys);
        Assert.Same(ImmutableKeys(other), ImmutableKeys(otherAgain));
        Assert.Equal("no", otherAgain["ARM"]);
    }

    [Fact]
    public void Escaped_keys_match_the_shared_codes_and_a_map_out_of_order_is_sorted()
    {
        var reader = new StoredMapReader();
        var plain = reader.Read("""{"CÔT":"yes","GEO":"no"}""");

        var escaped = reader.Read("""{"C\u00D4T":"yes","GEO":"no"}""");
        var unordered = reader.Read("""{"UKR":"no","AFG":"yes"}""");

        Assert.Same(ImmutableKeys(plain), ImmutableKeys(escaped));
        Assert.Equal<string>(["AFG", "UKR"], unordered.Keys);
        Assert.Equal("yes", unordered["AFG"]);
    }

    [Theory]
    [InlineData("""{"UKR":"no","UKR":"yes"}""")]
    [InlineData("""{"UKR":"no","GEO":"no","UKR":"yes"}""")]
    public void A_state_listed_twice_is_refused(string json)
    {
        Assert.ThrowsAny<ArgumentException>(() => new StoredMapReader().Read(json));
    }

    private static string[] ImmutableKeys(StateLabelDictionary map) =>
        System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsArray(map.Keys)!;
}
