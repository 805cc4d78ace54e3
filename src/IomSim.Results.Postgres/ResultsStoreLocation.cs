namespace IomSim.Results.Postgres;

/// <summary>
/// Where the results go, as <c>--store</c> or the <c>IOMSIM_STORE</c> variable says: a SQLite file path, or a
/// <c>postgres://</c> URL; with neither, the default file. The one place that opens the right store.
/// </summary>
public sealed class ResultsStoreLocation
{
    /// <summary>The environment variable read when <c>--store</c> is not given.</summary>
    public const string EnvironmentVariable = "IOMSIM_STORE";

    private readonly string _text;
    private readonly string _source;

    private ResultsStoreLocation(string text, string source, bool isServer)
    {
        _text = text;
        _source = source;
        IsServer = isServer;
        Display = isServer ? PostgresUrl.Redact(text) : text;
    }

    /// <summary>Whether the results go to a PostgreSQL server rather than a file.</summary>
    public bool IsServer { get; }

    /// <summary>The full file path, or the URL without its password.</summary>
    public string Display { get; }

    /// <summary>
    /// The location <paramref name="argument"/> (<c>--store</c>) names, else <paramref name="environment"/> (the value
    /// of <c>IOMSIM_STORE</c>, when set and not blank), else the default file.
    /// </summary>
    /// <exception cref="ResultsStoreException">A malformed URL, or no default file for this user.</exception>
    public static ResultsStoreLocation Resolve(string? argument, string? environment) =>
        argument is not null ? Parse(argument, "--store")
        : !string.IsNullOrWhiteSpace(environment) ? Parse(environment, EnvironmentVariable)
        : Parse(ResultsStore.DefaultPath(), "the default results file");

    /// <summary>A file path or a PostgreSQL URL; <paramref name="source"/> names where it came from in messages.</summary>
    /// <exception cref="ResultsStoreException">Blank, or a malformed URL.</exception>
    public static ResultsStoreLocation Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrEmpty(source);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ResultsStoreException($"{source}: empty; give a results file path or a postgres://user:password@host:port/database URL");
        }

        if (PostgresUrl.IsUrl(text))
        {
            // Checked now, so a malformed URL fails before anything runs.
            _ = PostgresUrl.ToConnectionString(text, source);
            return new ResultsStoreLocation(text, source, isServer: true);
        }

        return new ResultsStoreLocation(Path.GetFullPath(text), source, isServer: false);
    }

    /// <summary>Opens the store, creating a missing file or missing tables.</summary>
    /// <exception cref="ResultsStoreException">Not a results database, or one of another schema version.</exception>
    /// <exception cref="ResultsStoreUnreachableException">The server cannot be reached or refuses the login.</exception>
    public IResultsStore Open() => IsServer ? new PostgresResultsStore(_text, _source) : new ResultsStore(_text);

    /// <summary>
    /// Checks the store before any run, so a bad one fails at once and costs no simulation: a server is connected to
    /// (and set up); a file is opened when it exists, and when it does not, its folder is probed
    /// (<see cref="WritableFolder"/>), so that nothing is created until there are runs to store.
    /// </summary>
    /// <exception cref="ResultsStoreException">Not a results database, or no file can be made there.</exception>
    /// <exception cref="ResultsStoreUnreachableException">The server cannot be reached or refuses the login.</exception>
    public void Check()
    {
        if (IsServer || File.Exists(_text) || Directory.Exists(_text))
        {
            using var store = Open();
            return;
        }

        try
        {
            WritableFolder.Check(Path.GetDirectoryName(_text)!);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new ResultsStoreException($"{_text} ({_source}): cannot create a results file there ({error.Message})", error);
        }
    }

    /// <inheritdoc />
    public override string ToString() => Display;
}
