using IomSim.Grains;

namespace IomSim.Cli.Tests.Cluster;

/// <summary>Reading <c>--cluster</c>: a Redis URL and, optionally, the cluster's name.</summary>
public sealed class ClusterAddressTests
{
    [Theory]
    [InlineData("redis://127.0.0.1:6379", "127.0.0.1", 6379, "iomsim", true)]
    [InlineData("redis://redis", "redis", 6379, "iomsim", false)]
    [InlineData("redis://localhost:6380?cluster=study-7", "localhost", 6380, "study-7", true)]
    [InlineData("redis://[::1]:6379", "::1", 6379, "iomsim", true)]
    public void A_Redis_URL_names_the_server_and_the_cluster(string text, string host, int port, string cluster, bool loopback)
    {
        var address = ClusterAddress.Parse(text, "--cluster");

        Assert.Equal((host, port, cluster, loopback), (address.Host, address.Port, address.ClusterId, address.IsLoopback));
    }

    [Fact]
    public void The_endpoint_is_what_the_Redis_client_reads_and_the_URL_reads_back()
    {
        Assert.Equal("[::1]:6379", ClusterAddress.Parse("redis://[::1]", "--cluster").RedisEndpoint);
        Assert.Equal("redis://10.0.0.5:6379?cluster=a", ClusterAddress.Parse("redis://10.0.0.5?cluster=a", "--cluster").ToString());
        Assert.Equal("redis://10.0.0.5:6379", ClusterAddress.Parse("redis://10.0.0.5:6379/", "--cluster").ToString());
    }

    [Theory]
    [InlineData("127.0.0.1:6379", "--cluster: '127.0.0.1:6379' is not a Redis URL (expected redis://host[:port][?cluster=NAME]")]
    [InlineData("http://127.0.0.1:6379", "--cluster: 'http://127.0.0.1:6379' is not a Redis URL")]
    [InlineData("redis://127.0.0.1/2", "--cluster: 'redis://127.0.0.1/2' has parts this program does not use")]
    [InlineData("redis://127.0.0.1?cluster=a b", "--cluster: 'cluster=a b' in 'redis://127.0.0.1?cluster=a b' is not cluster=NAME")]
    [InlineData("redis://127.0.0.1?db=1", "--cluster: 'db=1' in")]
    public void Anything_else_is_refused_naming_the_option_and_what_was_expected(string text, string expected)
    {
        var error = Assert.Throws<FormatException>(() => ClusterAddress.Parse(text, "--cluster"));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }
}
