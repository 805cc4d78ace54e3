namespace IomSim.Tests.Redis;

/// <summary>The test environment's Redis, as <c>.ci/run</c> starts it (loopback, in memory).</summary>
public static class TestRedis
{
    /// <summary>The variable holding the server's address (<c>host:port</c>).</summary>
    public const string AddressVariable = "IOMSIM_TEST_REDIS";

    /// <summary>The variable that, set to 1, makes a missing server a failure instead of a skip.</summary>
    public const string RequireVariable = "IOMSIM_REQUIRE_REDIS";

    /// <summary>The server's address, or null.</summary>
    public static string? Address => Environment.GetEnvironmentVariable(AddressVariable) is { Length: > 0 } address ? address : null;

    /// <summary>Whether the tests must have a server.</summary>
    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>The server's address; fails the test, naming the variable, when there is none.</summary>
    public static string RequiredAddress => Address ?? throw new InvalidOperationException($"{RequireVariable}=1 but {AddressVariable} names no Redis server (expected host:port, e.g. 127.0.0.1:6379)");

    /// <summary>A name no other test uses (a cluster id, a service id), so tests sharing the server never meet.</summary>
    public static string Fresh(string prefix) => $"{prefix}-{Guid.NewGuid():N}";
}
