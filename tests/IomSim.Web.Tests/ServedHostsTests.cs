using IomSim.Web.Http;

namespace IomSim.Web.Tests;

/// <summary>The Host header values the server accepts follow the addresses it listens on.</summary>
public sealed class ServedHostsTests
{
    [Fact]
    public void A_loopback_address_allows_every_loopback_name_and_nothing_else()
    {
        Assert.Equal(["127.0.0.1", "localhost", "[::1]"], ServedHosts.For(["http://127.0.0.1:5080"]));
        Assert.Equal(["127.0.0.1", "localhost", "[::1]"], ServedHosts.For(["http://localhost:0"]));
    }

    [Fact]
    public void A_named_address_allows_that_name()
    {
        Assert.Contains("classroom.example", ServedHosts.For(["http://classroom.example:8080"]));
        Assert.DoesNotContain("localhost", ServedHosts.For(["http://192.0.2.7:8080"]));
        Assert.Equal(["192.0.2.7"], ServedHosts.For(["http://192.0.2.7:8080"]));
    }

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://*:5080")]
    [InlineData("http://+:5080")]
    [InlineData("http://[::]:5080")]
    public void Every_interface_allows_this_machines_name_and_loopback(string url)
    {
        var hosts = ServedHosts.For([url]);

        Assert.Contains("localhost", hosts);
        Assert.Contains(System.Net.Dns.GetHostName(), hosts, StringComparer.OrdinalIgnoreCase);
        Assert.DoesNotContain("evil.example", hosts);
    }
}
