using System.Collections.Immutable;
using System.Runtime.InteropServices;
using IomSim.Domain.World;
using IomSim.Engine.Results;

namespace IomSim.Engine.Tests;

/// <summary>The compact per-state labels: a sorted map by code text, compared by content, sharing arrays between runs.</summary>
public sealed class StateLabelDictionaryTests
{
    [Fact]
    public void Entries_given_in_any_order_enumerate_in_ordinal_code_order()
    {
        var labels = Labels(("USA", "yes"), ("GEO", "no"), ("UKR", "no"), ("Abc", "abstain"));

        // Ordinal: upper case before lower case, as the sorted dictionaries the engine kept before.
        Assert.Equal(["Abc", "GEO", "UKR", "USA"], labels.Select(e => e.Key));
        Assert.Equal<string>(["Abc", "GEO", "UKR", "USA"], labels.Keys);
        Assert.Equal(["abstain", "no", "no", "yes"], labels.Values);
        Assert.Equal(4, labels.Count);
        Assert.False(labels.IsEmpty);
    }

    [Fact]
    public void Lookups_find_present_states_and_refuse_absent_ones()
    {
        var labels = Labels(("GEO", "no"), ("UKR", "no"), ("USA", "abstain"));

        Assert.Equal("abstain", labels["USA"]);
        Assert.True(labels.TryGetValue("GEO", out var georgia));
        Assert.Equal("no", georgia);
        Assert.False(labels.TryGetValue("RUS", out var russia));
        Assert.Null(russia);
        Assert.True(labels.ContainsKey("UKR"));
        Assert.False(labels.ContainsKey("ukr"));
        Assert.Equal("-", labels.GetValueOrDefault("AAA", "-"));
        Assert.Equal("-", labels.GetValueOrDefault("ZZZ", "-"));
        Assert.Throws<KeyNotFoundException>(() => labels["RUS"]);
    }

    [Fact]
    public void Empty_has_no_states_and_equals_an_empty_map()
    {
        Assert.True(StateLabelDictionary.Empty.IsEmpty);
        Assert.Empty(StateLabelDictionary.Empty);
        Assert.Empty(StateLabelDictionary.Empty.Keys);
        Assert.False(StateLabelDictionary.Empty.ContainsKey("UKR"));
        Assert.Equal(StateLabelDictionary.Empty, StateLabelDictionary.From([]));
    }

    [Fact]
    public void Equal_entries_are_equal_however_they_are_stored()
    {
        var listed = Labels(("GEO", "no"), ("UKR", "no"), ("USA", "yes"));
        var shuffled = Labels(("USA", "yes"), ("UKR", "no"), ("GEO", "no"));
        var table = new StateLabelTable();
        var staged = table.Label(Map(("GEO", 1), ("UKR", 1), ("USA", 0)), VoteName);

        Assert.Equal(listed, shuffled);
        Assert.Equal(listed, staged);
        Assert.Equal(listed.GetHashCode(), shuffled.GetHashCode());
        Assert.Equal(listed.GetHashCode(), staged.GetHashCode());
        Assert.NotEqual(listed, Labels(("GEO", "no"), ("UKR", "no"), ("USA", "abstain")));
        Assert.NotEqual(listed, Labels(("GEO", "no"), ("UKR", "no"), ("USB", "yes")));
        Assert.NotEqual(listed, Labels(("GEO", "no"), ("UKR", "no")));
        Assert.False(listed.Equals(null));
    }

    [Fact]
    public void Records_holding_labels_compare_by_content()
    {
        var first = new EventRun(0, "adopted-by-vote", null, [], [], Labels(("GEO", "no")), Labels(("GEO", "relation")), null);
        var second = new EventRun(0, "adopted-by-vote", null, [], [], Labels(("GEO", "no")), Labels(("GEO", "relation")), null);

        Assert.Equal(first, second);
        Assert.NotEqual(first, second with { Votes = Labels(("GEO", "yes")) });
    }

    [Fact]
    public void A_state_given_twice_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Labels(("UKR", "no"), ("GEO", "no"), ("UKR", "yes")));
        Assert.Contains("UKR", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Runs_labelled_through_one_table_share_the_codes_and_names()
    {
        var table = new StateLabelTable();
        var first = table.Label(Map(("GEO", 1), ("UKR", 1), ("USA", 0)), VoteName);
        var second = table.Label(Map(("GEO", 0), ("UKR", 1), ("USA", 0)), VoteName);

        Assert.True(first.Codes == second.Codes);
        Assert.True(first.Names == second.Names);
        Assert.Equal(Labels(("GEO", "no"), ("UKR", "no"), ("USA", "yes")), first);
        Assert.Equal(Labels(("GEO", "yes"), ("UKR", "no"), ("USA", "yes")), second);

        // Stored results are built one by one: nothing is shared.
        Assert.False(Labels(("GEO", "no")).Codes == Labels(("GEO", "no")).Codes);
    }

    [Fact]
    public void A_new_label_grows_the_names_without_changing_earlier_runs()
    {
        var table = new StateLabelTable();
        var before = table.Label(Map(("GEO", 0), ("UKR", 0)), VoteName);
        var after = table.Label(Map(("GEO", 2), ("UKR", 1)), VoteName);

        Assert.Equal(Labels(("GEO", "yes"), ("UKR", "yes")), before);
        Assert.Equal(Labels(("GEO", "abstain"), ("UKR", "no")), after);
        Assert.True(before.Codes == after.Codes);
        Assert.Equal<string>(["yes"], before.Names);
        Assert.Equal<string>(["yes", "abstain", "no"], after.Names);
    }

    [Fact]
    public void Other_members_get_codes_of_their_own_and_the_same_members_share_again()
    {
        var table = new StateLabelTable();
        var without = table.Label(Map(("GEO", 0), ("UKR", 1)), VoteName);
        var with = table.Label(Map(("GEO", 0), ("RUS", 0), ("UKR", 1)), VoteName);
        var againWith = table.Label(Map(("GEO", 1), ("RUS", 1), ("UKR", 1)), VoteName);
        var againWithout = table.Label(Map(("GEO", 1), ("UKR", 1)), VoteName);

        Assert.Equal<string>(["GEO", "RUS", "UKR"], with.Keys);
        Assert.Equal("yes", with["RUS"]);
        Assert.False(without.Codes == with.Codes);
        Assert.True(with.Codes == againWith.Codes);
        Assert.True(without.Codes == againWithout.Codes);
    }

    [Fact]
    public void Neighbours_with_equal_values_and_a_member_list_labelled_again_come_out_right()
    {
        var table = new StateLabelTable();
        var map = Map(("ARM", 0), ("GEO", 0), ("RUS", 1), ("UKR", 1), ("USA", 0), ("UZB", 2), ("VEN", 2));
        var first = table.Label(map, VoteName);
        var other = table.Label(Map(("GEO", 1), ("UKR", 0)), VoteName);
        var again = table.Label(map, VoteName);

        Assert.Equal(Labels(("ARM", "yes"), ("GEO", "yes"), ("RUS", "no"), ("UKR", "no"), ("USA", "yes"), ("UZB", "abstain"), ("VEN", "abstain")), first);
        Assert.Equal(Labels(("GEO", "no"), ("UKR", "yes")), other);
        Assert.Equal(first, again);
        Assert.True(first.Codes == again.Codes);
    }

    [Fact]
    public void Runs_labelling_at_once_on_several_threads_get_their_own_entries()
    {
        var table = new StateLabelTable();
        var codes = new[] { "ARM", "GEO", "RUS", "UKR", "USA" };
        var results = new StateLabelDictionary[400];

        // Many label names, so that the threads race to grow the shared table.
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, run =>
            results[run] = table.Label(Map([.. codes.Select((c, i) => (c, (run + i) % 40))]), value => $"label-{value}"));

        for (var run = 0; run < results.Length; run++)
        {
            Assert.Equal(Labels([.. codes.Select((c, i) => (c, $"label-{(run + i) % 40}"))]), results[run]);
        }

        Assert.Single(results.Select(r => r.Codes).Distinct());
    }

    private static string VoteName(int value) => value switch
    {
        0 => "yes",
        1 => "no",
        _ => "abstain",
    };

    private static StateLabelDictionary Labels(params (string Code, string Label)[] entries) =>
        StateLabelDictionary.From(entries.Select(e => KeyValuePair.Create(e.Code, e.Label)));

    private static StateDictionary<int> Map(params (string Code, int Value)[] entries) =>
        StateDictionary.Of(entries.Select(e => KeyValuePair.Create(StateCode.Parse(e.Code), e.Value)));

    [Fact]
    public void A_map_made_of_shared_arrays_keeps_them_and_reads_as_one_built_from_entries()
    {
        ImmutableArray<string> codes = ["GEO", "RUS", "UKR"];
        ImmutableArray<string> names = ["no", "yes", "abstain"];

        var map = StateLabelDictionary.Of(codes, names, [0, 1, 0]);
        var other = StateLabelDictionary.Of(codes, names, [2, 1, 0]);

        Assert.Equal(StateLabelDictionary.From([KeyValuePair.Create("UKR", "no"), KeyValuePair.Create("GEO", "no"), KeyValuePair.Create("RUS", "yes")]), map);
        Assert.Equal("abstain", other["GEO"]);
        Assert.Same(ImmutableCollectionsMarshal.AsArray(map.Keys), ImmutableCollectionsMarshal.AsArray(other.Keys));
        Assert.True(StateLabelDictionary.Of([], names, []).IsEmpty);
    }

    [Theory]
    [InlineData(new[] { "RUS", "GEO" }, new byte[] { 0, 0 })]
    [InlineData(new[] { "GEO", "GEO" }, new byte[] { 0, 0 })]
    [InlineData(new[] { "GEO", "RUS" }, new byte[] { 0, 3 })]
    [InlineData(new[] { "GEO", "RUS" }, new byte[] { 0 })]
    public void A_map_of_codes_out_of_order_or_labels_beyond_the_names_is_refused(string[] codes, byte[] indexes)
    {
        Assert.Throws<ArgumentException>(() => StateLabelDictionary.Of([.. codes], ["no", "yes"], indexes));
    }
}
