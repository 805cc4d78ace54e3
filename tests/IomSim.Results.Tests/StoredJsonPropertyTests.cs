using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using IomSim.Engine.Results;

namespace IomSim.Results.Tests;

/// <summary>The map writer, built from encoded fragments, against the serializer on arbitrary codes and labels.</summary>
public sealed class StoredJsonPropertyTests
{
    // Pieces the default encoder treats differently: plain ASCII, HTML-sensitive, quotes, controls, accented, CJK, an emoji (a surrogate pair).
    private static readonly Gen<string> s_text =
        from pieces in Gen.ArrayOf(Gen.Elements("a", "Z", "0", "-", "_", " ", "<", ">", "&", "'", "\"", "\\", "\n", "\t", "+", "é", "Ô", "中", "\uD83D\uDE00"))
        select string.Concat(pieces);

    private static readonly Gen<KeyValuePair<string, string>[]> s_entries =
        from codes in Gen.ArrayOf(s_text)
        from labels in Gen.ArrayOf(Gen.Elements("yes", "no", "abstain", "<relation>", "chance & \"luck\""), codes.Length)
        select codes.Distinct(StringComparer.Ordinal).Zip(labels, KeyValuePair.Create).ToArray();

    [Fact]
    public void A_map_is_written_as_the_serializer_writes_it_whatever_its_characters()
    {
        Prop.ForAll(s_entries.ToArbitrary(), entries =>
        {
            var map = StateLabelDictionary.From(entries);
            var written = StoredJson.Write(map);

            // Written twice, so the second goes through the fragments cached for the same keys array.
            return written == JsonSerializer.Serialize<IReadOnlyDictionary<string, string>>(map)
                && StoredJson.Write(map) == written
                && StoredJson.ReadMap(written).Equals(map);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Maps_read_one_after_another_through_one_reader_each_read_back_as_written()
    {
        // Codes from a small pool, so successive maps often have the same states, sometimes fewer, more or others.
        var pool = new[] { "AFG", "BEL", "CÔT", "<X>", "UKR", "USA" };
        var map =
            from codes in Gen.SubListOf(pool)
            from labels in Gen.ArrayOf(Gen.Elements("yes", "no", "abstain", "absent", "not-entitled", "<odd & \"quoted\">"), codes.Count)
            select StateLabelDictionary.From(codes.Zip(labels, KeyValuePair.Create));
        Prop.ForAll(Gen.ListOf(map).ToArbitrary(), maps =>
        {
            var reader = new StoredMapReader();
            return maps.All(m => reader.Read(StoredJson.Write(m)).Equals(m) && reader.Read(JsonSerializer.Serialize<IReadOnlyDictionary<string, string>>(m)).Equals(m));
        }).QuickCheckThrowOnFailure();
    }
}
