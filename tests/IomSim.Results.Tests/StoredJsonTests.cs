using System.Text.Json;
using IomSim.Engine.Results;

namespace IomSim.Results.Tests;

public sealed class StoredJsonTests
{
    [Fact]
    public void A_map_is_written_as_the_serializer_writes_it_to_the_byte()
    {
        // Labels with characters the default encoder escapes, so the escaping is compared too.
        var map = StateLabelDictionary.From([
            KeyValuePair.Create("UKR", "no"),
            KeyValuePair.Create("AFG", "yes"),
            KeyValuePair.Create("CÔT", "<abstain & \"quoted\">"),
            KeyValuePair.Create("BEL", "not-entitled"),
        ]);

        var written = StoredJson.Write(map);

        Assert.Equal(JsonSerializer.Serialize<IReadOnlyDictionary<string, string>>(map), written);
        Assert.StartsWith("{\"AFG\":\"yes\",\"BEL\":", written, StringComparison.Ordinal);
    }

    [Fact]
    public void A_map_reads_back_equal_whether_this_code_or_the_serializer_wrote_it()
    {
        var map = StateLabelDictionary.From([KeyValuePair.Create("RUS", "yes"), KeyValuePair.Create("GEO", "absent"), KeyValuePair.Create("UKR", "no")]);
        var bySerializer = JsonSerializer.Serialize(new Dictionary<string, string> { ["UKR"] = "no", ["RUS"] = "yes", ["GEO"] = "absent" });

        Assert.Equal(map, StoredJson.ReadMap(StoredJson.Write(map)));
        Assert.Equal(map, StoredJson.ReadMap(bySerializer));
        Assert.True(StoredJson.ReadMap("{}").IsEmpty);
        Assert.True(StoredJson.ReadMap(StoredJson.Write(StateLabelDictionary.Empty)).IsEmpty);
    }

    [Theory]
    [InlineData("[\"UKR\"]")]
    [InlineData("{\"UKR\": 3}")]
    [InlineData("{\"UKR\": \"no\"")]
    public void A_column_that_is_not_a_map_of_strings_is_refused(string json)
    {
        Assert.ThrowsAny<JsonException>(() => StoredJson.ReadMap(json));
    }
}
