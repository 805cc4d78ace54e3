using IomSim.Testing;

namespace IomSim.Results.Tests;

/// <summary>Two and four programs storing the same runs into one results file at once: none fails, each run is stored once.</summary>
public sealed class ConcurrentWriterTests : IDisposable
{
    private readonly TemporaryDatabase _file = new();

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public void Writers_storing_the_same_runs_at_once_all_succeed_and_each_run_is_stored_once(int writers)
    {
        // Created first, so the writers do not race to create the tables.
        new ResultsStore(_file.FilePath).Dispose();

        var errors = ConcurrentWriters.Store(writers, () => new ResultsStore(_file.FilePath));

        Assert.Empty(errors);
        using var store = new ResultsStore(_file.FilePath);
        ConcurrentWriters.AssertStoredOnce(store);
    }

    public void Dispose() => _file.Dispose();
}
