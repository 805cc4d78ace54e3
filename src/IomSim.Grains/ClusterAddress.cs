using System.Globalization;
using System.Net;
using StackExchange.Redis;

namespace IomSim.Grains;

/// <summary>
/// Where a cluster keeps its membership: <c>redis://host[:port][?cluster=NAME]</c> (<c>--cluster</c>). The Redis server
/// holds the list of live silos; <c>NAME</c> (default <see cref="DefaultClusterId"/>) tells clusters sharing one server
/// apart. Silos and clients given the same address form, and find, the same cluster.
/// </summary>
public sealed record ClusterAddress(string Host, int Port, string ClusterId)
{
    /// <summary>The cluster's name when the URL gives none.</summary>
    public const string DefaultClusterId = "iomsim";

    /// <summary>Redis's standard port.</summary>
    public const int DefaultPort = 6379;

    /// <summary>The Redis server as StackExchange.Redis reads it: <c>host:port</c>.</summary>
    public string RedisEndpoint => (Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]" : Host) + ":" + Port.ToString(CultureInfo.InvariantCulture);

    /// <summary>Whether the Redis server is on this machine's loopback: silos then advertise a loopback address too.</summary>
    public bool IsLoopback => Host == "localhost" || (IPAddress.TryParse(Host, out var ip) && IPAddress.IsLoopback(ip));

    /// <summary>The Redis client's settings: fail at once when the server cannot be reached, so the program can say so.</summary>
    public ConfigurationOptions RedisOptions()
    {
        var options = ConfigurationOptions.Parse(RedisEndpoint);
        options.AbortOnConnectFail = true;
        options.ConnectTimeout = 5000;
        return options;
    }

    /// <summary>The URL, as given back in messages.</summary>
    public override string ToString() =>
        $"redis://{RedisEndpoint}" + (ClusterId == DefaultClusterId ? string.Empty : $"?cluster={ClusterId}");

    /// <summary>Reads <paramref name="text"/>; <paramref name="source"/> names where it came from in the message.</summary>
    /// <exception cref="FormatException">Not a redis:// URL with a host, or a bad port or cluster name; the message says what was expected.</exception>
    public static ClusterAddress Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var expected = "expected redis://host[:port][?cluster=NAME], e.g. redis://127.0.0.1:6379";
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var url) || url.Scheme != "redis" || url.Host.Length == 0)
        {
            throw new FormatException($"{source}: '{text}' is not a Redis URL ({expected})");
        }

        if (url.AbsolutePath is not ("" or "/") || url.UserInfo.Length > 0 || url.Fragment.Length > 0)
        {
            throw new FormatException($"{source}: '{text}' has parts this program does not use ({expected})");
        }

        var clusterId = DefaultClusterId;
        foreach (var pair in url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (name, value) = pair.IndexOf('=', StringComparison.Ordinal) is var at and >= 0 ? (pair[..at], Uri.UnescapeDataString(pair[(at + 1)..])) : (pair, string.Empty);
            if (name != "cluster" || value.Length == 0 || value.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))
            {
                throw new FormatException($"{source}: '{name}={value}' in '{text}' is not cluster=NAME with NAME of letters, digits, '-', '_' or '.' ({expected})");
            }

            clusterId = value;
        }

        var host = url.HostNameType == UriHostNameType.IPv6 ? url.Host.Trim('[', ']') : url.Host;
        return new ClusterAddress(host, url.IsDefaultPort || url.Port < 0 ? DefaultPort : url.Port, clusterId);
    }
}
