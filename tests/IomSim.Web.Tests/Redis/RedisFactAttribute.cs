namespace IomSim.Tests.Redis;

/// <summary>
/// A fact that needs a real Redis (<c>IOMSIM_TEST_REDIS</c>). Skipped on a machine without one; but where
/// <c>IOMSIM_REQUIRE_REDIS=1</c> (CI) it runs, and fails clearly if the server is missing.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RedisFactAttribute : FactAttribute
{
    /// <summary>Skips the test when no Redis is configured and none is required.</summary>
    public RedisFactAttribute()
    {
        if (TestRedis.Address is null && !TestRedis.Required)
        {
            Skip = $"no Redis: set {TestRedis.AddressVariable} (and {TestRedis.RequireVariable}=1 to make this a failure)";
        }
    }
}
