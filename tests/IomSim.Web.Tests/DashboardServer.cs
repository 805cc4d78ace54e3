using IomSim.Results.Postgres;
using IomSim.Testing;
using IomSim.Seeds;

namespace IomSim.Web.Tests;

/// <summary>
/// The real dashboard host, started in process on a free loopback port with the repository's scenarios and seeds and a
/// fresh results file, shared by the tests of the <see cref="DashboardCollection"/>.
/// </summary>
public sealed class DashboardServer : IAsyncLifetime
{
    private DashboardHost? _host;

    public DashboardServer()
    {
        Folder = Path.Combine(Path.GetTempPath(), "iomsim-web-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    /// <summary>A temporary folder for this server's results file, deleted afterwards.</summary>
    public string Folder { get; }

    /// <summary>The results file the server stores runs in.</summary>
    public string Store => Path.Combine(Folder, "results.db");

    /// <summary>The address the server listens on (<c>http://127.0.0.1:PORT</c>).</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>A client of the server; requests may take minutes on a loaded machine.</summary>
    public HttpClient Client { get; private set; } = new();

    public async Task InitializeAsync()
    {
        var world = SeedLoader.Load(RepositoryRoot.Combine("seeds"));
        _host = DashboardHost.Create(new DashboardSettings(["http://127.0.0.1:0"], RepositoryRoot.Combine("scenarios"), ResultsStoreLocation.Parse(Store, "--store")), world);
        await _host.StartAsync();
        Address = new Uri(_host.Addresses.Single());
        Client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromMinutes(10) };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        Directory.Delete(Folder, recursive: true);
    }
}

/// <summary>The tests that share one dashboard server, run one after another (the machine is small).</summary>
[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardServer>
{
    public const string Name = "dashboard";
}
