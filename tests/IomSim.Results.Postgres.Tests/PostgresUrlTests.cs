using Npgsql;

namespace IomSim.Results.Postgres.Tests;

/// <summary>Reading a store URL and hiding its password: no server needed.</summary>
public sealed class PostgresUrlTests
{
    [Theory]
    [InlineData("postgres://iomsim:secret@db.example:6543/results", "db.example", 6543)]
    [InlineData("postgresql://iomsim:secret@127.0.0.1/results", "127.0.0.1", 5432)]
    [InlineData("POSTGRES://iomsim:secret@localhost:5432/results", "localhost", 5432)]
    public void A_url_becomes_a_connection_string_with_host_port_user_password_and_database(string url, string host, int port)
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresUrl.ToConnectionString(url, "--store"));

        Assert.Equal((host, port, "iomsim", "secret", "results"), (builder.Host, builder.Port, builder.Username, builder.Password, builder.Database));
    }

    [Fact]
    public void Escaped_characters_are_unescaped_and_query_settings_are_kept()
    {
        var builder = new NpgsqlConnectionStringBuilder(
            PostgresUrl.ToConnectionString("postgres://a%40b:p%3Aw%2Fd%40@h:1234/my%20db?sslmode=disable&timeout=30", "--store"));

        Assert.Equal(("a@b", "p:w/d@", "my db", SslMode.Disable, 30), (builder.Username, builder.Password, builder.Database, builder.SslMode, builder.Timeout));
    }

    [Theory]
    [InlineData("postgres://iomsim:secret@host:5432/", "name one database")]
    [InlineData("postgres://iomsim:secret@host:5432", "name one database")]
    [InlineData("postgres://iomsim:secret@host:5432/a/b", "name one database")]
    [InlineData("postgres://iomsim:secret@host:notaport/db", "expected postgres://")]
    [InlineData("postgres://iomsim:secret@/db", "expected postgres://")]
    [InlineData("postgres://iomsim:secret@host/db?nosuchsetting=1", "'nosuchsetting' is not a connection setting")]
    [InlineData("postgres://iomsim:secret@host/db#x", "no #fragment")]
    public void A_malformed_url_is_refused_naming_the_source_and_never_showing_the_password(string url, string expected)
    {
        var error = Assert.Throws<ResultsStoreException>(() => PostgresUrl.ToConnectionString(url, "--store"));

        Assert.StartsWith("--store: 'postgres://iomsim:***@", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgres://iomsim:secret@host:5432/db", "postgres://iomsim:***@host:5432/db")]
    [InlineData("postgres://iomsim:se@cret@host/db", "postgres://iomsim:***@host/db")]
    [InlineData("postgres://iomsim@host/db", "postgres://iomsim@host/db")]
    [InlineData("postgres://host/db?password=secret&sslmode=require", "postgres://host/db?password=***&sslmode=require")]
    [InlineData("/tmp/results.db", "/tmp/results.db")]
    public void Redacting_hides_the_password_and_only_it(string text, string expected) =>
        Assert.Equal(expected, PostgresUrl.Redact(text));

    [Theory]
    [InlineData("postgres://h/d", true)]
    [InlineData("postgresql://h/d", true)]
    [InlineData("results.db", false)]
    [InlineData("/data/postgres/results.db", false)]
    [InlineData("mysql://h/d", false)]
    public void Only_the_postgres_schemes_are_urls(string text, bool isUrl) => Assert.Equal(isUrl, PostgresUrl.IsUrl(text));
}
