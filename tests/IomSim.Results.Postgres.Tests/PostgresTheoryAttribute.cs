namespace IomSim.Results.Postgres.Tests;

/// <summary>A theory that needs a real PostgreSQL, skipped and required as <see cref="PostgresFactAttribute"/> says.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    /// <summary>Skips the test when no PostgreSQL is configured and none is required.</summary>
    public PostgresTheoryAttribute()
    {
        if (TestPostgres.Url is null && !TestPostgres.Required)
        {
            Skip = $"no PostgreSQL: set {TestPostgres.UrlVariable} (and {TestPostgres.RequireVariable}=1 to make this a failure)";
        }
    }
}
