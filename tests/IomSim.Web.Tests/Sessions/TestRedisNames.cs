using IomSim.Tests.Redis;

namespace IomSim.Web.Tests.Sessions;

/// <summary>Fresh Orleans names per test: a service id (which keys grain state in Redis) and a cluster id.</summary>
internal static class TestRedisNames
{
    public static string Service() => TestRedis.Fresh("iomsim-test-sessions");

    public static string Cluster() => TestRedis.Fresh("iomsim-test-cluster");
}
