using IomSim.Testing;

namespace IomSim.Results.Tests;

/// <summary>Which runs are stored, without loading them: what a resumed sweep skips.</summary>
public sealed class StoredIndicesTests : IDisposable
{
    private readonly TemporaryDatabase _file = new();

    [Fact]
    public void Only_the_indices_below_the_count_under_the_same_hash_and_seed()
    {
        using var store = new ResultsStore(_file.FilePath);
        var runs = StoredRuns.From(SyntheticResults.Of(runs: 5, seed: 3));
        store.Save(runs[4]);
        store.Save(runs[1]);
        store.Save(SyntheticResults.Of(runs: 3, seed: 4));

        Assert.Equal([1, 4], store.StoredIndices("abc123", 3, 5));
        Assert.Equal([1], store.StoredIndices("abc123", 3, 4));
        Assert.Empty(store.StoredIndices("other", 3, 5));
    }

    public void Dispose() => _file.Dispose();
}
