using IomSim.Results.Tests;

namespace IomSim.Results.Postgres.Tests;

/// <summary>
/// Two and four programs storing the same runs into one PostgreSQL database at once (issue 20, item 8: one of two
/// failed with <c>23505 duplicate key … run_pkey</c> in 5 of 5 trials): none fails, each run is stored once.
/// </summary>
public sealed class PostgresConcurrentWriterTests
{
    [PostgresTheory]
    [InlineData(2)]
    [InlineData(4)]
    public void Writers_storing_the_same_runs_at_once_all_succeed_and_each_run_is_stored_once(int writers)
    {
        using var database = new TemporaryPostgresDatabase();
        new PostgresResultsStore(database.Url).Dispose();

        var errors = ConcurrentWriters.Store(writers, () => new PostgresResultsStore(database.Url));

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(e => e.Message)));
        using var store = new PostgresResultsStore(database.Url);
        ConcurrentWriters.AssertStoredOnce(store);
        Assert.Equal((long)ConcurrentWriters.Runs.Length, database.Scalar("SELECT count(*) FROM run;"));
        Assert.Equal(2L * ConcurrentWriters.Runs.Length, database.Scalar("SELECT count(*) FROM event_result;"));
    }
}
