namespace IomSim.Results.Postgres.Tests;

/// <summary>The test environment's PostgreSQL, as <c>.ci/run</c> describes it.</summary>
public static class TestPostgres
{
    /// <summary>The variable holding the server's URL.</summary>
    public const string UrlVariable = "IOMSIM_TEST_POSTGRES";

    /// <summary>The variable that, set to 1, makes a missing server a failure instead of a skip.</summary>
    public const string RequireVariable = "IOMSIM_REQUIRE_POSTGRES";

    /// <summary>The server's URL (any database on it the role may connect to), or null.</summary>
    public static string? Url => Environment.GetEnvironmentVariable(UrlVariable) is { Length: > 0 } url ? url : null;

    /// <summary>Whether the tests must have a server.</summary>
    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";
}
