using System.Text.RegularExpressions;
using Npgsql;

namespace IomSim.Results.Postgres;

/// <summary>
/// A <c>postgres://user:password@host:port/database</c> (or <c>postgresql://</c>) URL, as <c>--store</c> and
/// <c>IOMSIM_STORE</c> take it, turned into an Npgsql connection string; and the same URL with its password hidden,
/// the only form any message shows.
/// </summary>
public static partial class PostgresUrl
{
    /// <summary>What stands for the password in messages.</summary>
    public const string Hidden = "***";

    private const int DefaultPort = 5432;

    /// <summary>Whether <paramref name="text"/> is meant as a PostgreSQL URL (by its scheme) rather than a file path.</summary>
    public static bool IsUrl(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The Npgsql connection string of <paramref name="url"/>; query parameters (e.g. <c>?sslmode=require</c>) become connection settings.</summary>
    /// <param name="url">The URL.</param>
    /// <param name="source">Where it came from, for the message (<c>--store</c>, <c>IOMSIM_STORE</c>).</param>
    /// <exception cref="ResultsStoreException">The URL is malformed; the message shows it without its password.</exception>
    public static string ToConnectionString(string url, string source)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!IsUrl(url) || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw Malformed(url, source, "expected postgres://user:password@host:port/database");
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length == 0 || database.Contains('/', StringComparison.Ordinal))
        {
            throw Malformed(url, source, "name one database after the host, as in postgres://user:password@host:5432/iomsim");
        }

        if (uri.Fragment.Length > 0)
        {
            throw Malformed(url, source, "a database URL has no #fragment");
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.IdnHost,
            Port = uri.IsDefaultPort || uri.Port < 0 ? DefaultPort : uri.Port,
            Database = database,
        };
        var (user, password) = UserAndPassword(uri.UserInfo);
        if (user.Length > 0)
        {
            builder.Username = user;
        }

        if (password is not null)
        {
            builder.Password = password;
        }

        foreach (var (key, value) in QueryParameters(uri.Query))
        {
            try
            {
                builder[key] = value;
            }
            catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException)
            {
                throw Malformed(url, source, $"'{key}' is not a connection setting Npgsql knows, or its value is not one it takes");
            }
        }

        return builder.ConnectionString;
    }

    /// <summary>
    /// <paramref name="text"/> with the password of its user part, and any <c>password=</c> query setting, replaced by
    /// <see cref="Hidden"/>; anything else is left as it is.
    /// </summary>
    public static string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            var start = scheme + 3;
            var at = text.LastIndexOf('@');
            if (at > start)
            {
                var colon = text.IndexOf(':', start, at - start);
                if (colon >= 0)
                {
                    text = string.Concat(text.AsSpan(0, colon + 1), Hidden, text.AsSpan(at));
                }
            }
        }

        return PasswordSetting().Replace(text, "${key}=" + Hidden);
    }

    private static (string User, string? Password) UserAndPassword(string userInfo)
    {
        if (userInfo.Length == 0)
        {
            return (string.Empty, null);
        }

        var colon = userInfo.IndexOf(':', StringComparison.Ordinal);
        return colon < 0
            ? (Uri.UnescapeDataString(userInfo), null)
            : (Uri.UnescapeDataString(userInfo[..colon]), Uri.UnescapeDataString(userInfo[(colon + 1)..]));
    }

    private static IEnumerable<(string Key, string Value)> QueryParameters(string query)
    {
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            yield return equals < 0
                ? (Uri.UnescapeDataString(pair), string.Empty)
                : (Uri.UnescapeDataString(pair[..equals]), Uri.UnescapeDataString(pair[(equals + 1)..]));
        }
    }

    private static ResultsStoreException Malformed(string url, string source, string expected) =>
        new($"{source}: '{Redact(url)}' is not a usable PostgreSQL URL: {expected}");

    [GeneratedRegex("(?<key>password)=[^&#]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PasswordSetting();
}
