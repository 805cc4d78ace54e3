using System.Net;
using System.Net.NetworkInformation;

namespace IomSim.Web.Http;

/// <summary>
/// The host names a request may carry in its Host header: those the dashboard listens on. A page on another site that
/// rebinds its own DNS name to 127.0.0.1 sends its own name, so checking the Host header keeps such a page from driving
/// the API. A loopback address stands for every loopback name; an address for every interface (<c>0.0.0.0</c>,
/// <c>[::]</c>, <c>*</c>, <c>+</c>) stands for this machine's name and its addresses, since those are what the
/// classroom's browsers will ask for.
/// </summary>
internal static class ServedHosts
{
    private static readonly string[] s_loopback = ["localhost", "127.0.0.1", "[::1]"];

    /// <summary>The hosts allowed for a server listening on <paramref name="urls"/>, as host filtering expects them.</summary>
    public static IReadOnlyList<string> For(IEnumerable<string> urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        var hosts = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var url in urls)
        {
            var host = HostOf(url);
            if (host is "*" or "+" or "0.0.0.0" or "[::]")
            {
                hosts.UnionWith(s_loopback);
                hosts.UnionWith(ThisMachine());
            }
            else if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || IsLoopbackAddress(host))
            {
                hosts.UnionWith(s_loopback);
            }
            else
            {
                hosts.Add(host);
            }
        }

        return [.. hosts];
    }

    // Kestrel's URLs may use '*' or '+' as host, which Uri does not parse: take the text between "://" and the port.
    private static string HostOf(string url)
    {
        var start = url.IndexOf("://", StringComparison.Ordinal);
        var rest = start < 0 ? url : url[(start + 3)..];
        var end = rest.StartsWith('[') ? rest.IndexOf(']', StringComparison.Ordinal) + 1 : rest.IndexOfAny([':', '/']);
        return (end <= 0 ? rest : rest[..end]).Trim();
    }

    private static bool IsLoopbackAddress(string host) =>
        IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);

    private static IEnumerable<string> ThisMachine()
    {
        yield return Dns.GetHostName();
        foreach (var network in NetworkInterface.GetAllNetworkInterfaces())
        {
            foreach (var unicast in network.GetIPProperties().UnicastAddresses)
            {
                var address = unicast.Address;
                yield return address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6
                    ? $"[{new IPAddress(address.GetAddressBytes())}]"
                    : address.ToString();
            }
        }
    }
}
