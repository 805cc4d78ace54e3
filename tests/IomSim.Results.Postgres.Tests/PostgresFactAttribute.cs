namespace IomSim.Results.Postgres.Tests;

/// <summary>
/// A fact that needs a real PostgreSQL (<c>IOMSIM_TEST_POSTGRES</c>, a URL whose role may create databases). Skipped
/// on a machine without one; but where <c>IOMSIM_REQUIRE_POSTGRES=1</c> (CI) it runs, and fails clearly if the server is missing.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    /// <summary>Skips the test when no PostgreSQL is configured and none is required.</summary>
    public PostgresFactAttribute()
    {
        if (TestPostgres.Url is null && !TestPostgres.Required)
        {
            Skip = $"no PostgreSQL: set {TestPostgres.UrlVariable} (and {TestPostgres.RequireVariable}=1 to make this a failure)";
        }
    }
}
