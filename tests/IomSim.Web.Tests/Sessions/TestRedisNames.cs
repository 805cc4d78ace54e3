using IomSim.Tests.Redis;

namespace IomSim.Web.Tests.Sessions;

/// <summary>Fresh names per test: a session id (which, with the service, keys its state in Redis) and a cluster id.</summary>
internal static class TestRedisNames
{
    public static string Session() => TestRedis.Fresh("class");

    public static string Cluster() => TestRedis.Fresh("iomsim-test-cluster");
}
