using IomSim.Tests.Redis;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace IomSim.Cli.Tests.Cluster;

/// <summary>
/// Two <c>iomsim silo</c> processes on loopback, clustered through Redis, against the embedded silo: the same JSON,
/// byte for byte, even when one silo is killed in the middle of a sweep.
/// </summary>
/// <param name="log">Where the silos' and clients' own reports go (join and connection times, replays): shown with a failing test, or with the detailed console logger.</param>
[Collection(ClusterCollection.Name)]
public sealed class ClusterTests(ITestOutputHelper log) : IDisposable
{
    // Far beyond what the runs take even on a loaded machine: a hang fails the test rather than the whole CI run.
    private static readonly TimeSpan s_patience = TimeSpan.FromMinutes(6);

    // The client's 10 s of patience for a silo, plus starting up on a loaded machine; Orleans' default took 3 min 7 s.
    private static readonly TimeSpan s_noSilo = TimeSpan.FromSeconds(60);

    private readonly ResultsFolder _folder = new();

    [RedisFact]
    public async Task A_run_on_two_silo_processes_gives_the_embedded_silo_s_bytes()
    {
        using var silos = await SiloProcesses.StartAsync(2);
        string[] args = ["run", Iomsim.Scenario("russia-2020.yaml"), "--runs", "24", "--format", "json"];

        // The client is a process of its own, as in use.
        using var client = WatchedProcess.Start([.. args, "--store", _folder.Combine("cluster.db"), "--cluster", silos.Url]);
        var clustered = await client.ExitAsync(s_patience);
        Report(silos, clustered);
        var embedded = await Task.Run(() => Iomsim.Run([.. args, "--store", _folder.Combine("embedded.db")]));

        Assert.True(clustered.ExitCode == 0, $"{clustered.Error} silos: {silos.Errors}");
        Assert.Equal(0, embedded.ExitCode);
        Assert.Equal(embedded.Out, clustered.Out);
        Assert.Contains("stored 24 runs", clustered.Error, StringComparison.Ordinal);
        Assert.Contains($"connected to cluster '{silos.Url[(silos.Url.IndexOf('=', StringComparison.Ordinal) + 1)..]}' at {silos.Url}: 2 silos in ", clustered.Error, StringComparison.Ordinal);
    }

    [RedisFact]
    public async Task A_sweep_survives_a_silo_killed_in_its_middle_and_gives_the_embedded_silo_s_bytes()
    {
        using var silos = await SiloProcesses.StartAsync(2);
        // 512 runs in 32 batches of 16 on 16 lanes: batches are still to come on both silos when one is killed.
        string[] args = ["sweep", Iomsim.Scenario("russia-2020.yaml"), "--runs", "256", "--vary", "parameters.noise=0.5..1.5:2", "--parallel", "16", "--format", "json"];
        var store = _folder.Combine("cluster.db");

        using var sweep = WatchedProcess.Start([.. args, "--store", store, "--cluster", silos.Url]);
        await StoredAtLeastAsync(store, 32, sweep, s_patience);
        Assert.False(sweep.HasExited, "the sweep ended before a silo could be killed in its middle");
        silos.Kill(0);
        var clustered = await sweep.ExitAsync(s_patience);
        Report(silos, clustered);
        var embedded = await Task.Run(() => Iomsim.Run([.. args, "--store", _folder.Combine("embedded.db")]));

        Assert.True(clustered.ExitCode == 0, $"{clustered.Error} silos: {silos.Errors}");
        Assert.Equal(0, embedded.ExitCode);
        Assert.Contains("replayed setting", clustered.Error, StringComparison.Ordinal);
        Assert.Contains("stored 512 of 512 runs", clustered.Error, StringComparison.Ordinal);
        Assert.Equal(embedded.Out, clustered.Out);

        // The other silo killed too, it stays listed as active in Redis: a client still says quickly that none answers.
        silos.Kill(1);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var none = await Task.Run(() => Iomsim.Run("run", Iomsim.Scenario("russia-2020.yaml"), "--runs", "1", "--store", _folder.Combine("none.db"), "--cluster", silos.Url));
        Assert.Equal(1, none.ExitCode);
        Assert.Contains("answers", none.Error, StringComparison.Ordinal);
        Assert.Contains("start one with 'iomsim silo --cluster", none.Error, StringComparison.Ordinal);
        Assert.True(waited.Elapsed < s_noSilo, $"{waited.Elapsed} to say that no silo answers");
    }

    [RedisFact]
    public void Without_a_silo_in_the_cluster_a_client_fails_quickly_with_exit_code_1_and_says_how_to_start_one()
    {
        var name = TestRedis.Fresh("nobody");
        var url = $"redis://{TestRedis.RequiredAddress}?cluster={name}";
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var outcome = Iomsim.Run("run", Iomsim.Scenario("russia-2020.yaml"), "--runs", "1", "--store", _folder.Combine("none.db"), "--cluster", url);

        Assert.Equal(1, outcome.ExitCode);
        Assert.StartsWith($"iomsim: --cluster {url}: no silo of cluster '{name}' answers", Assert.Single(outcome.ErrorLines), StringComparison.Ordinal);
        Assert.EndsWith($"start one with 'iomsim silo --cluster {url}'", outcome.Error.Trim(), StringComparison.Ordinal);

        // Orleans' own retries took 3 min 7 s here; the client gives up after 10 s.
        Assert.True(waited.Elapsed < s_noSilo, $"{waited.Elapsed} to say that no silo answers");
    }

    [Fact]
    public void Without_a_silo_to_answer_a_client_fails_with_exit_code_1_and_says_how_to_start_one()
    {
        // Nothing listens on port 1: the cluster's Redis cannot be reached.
        var outcome = Iomsim.Run("run", Iomsim.Scenario("russia-2020.yaml"), "--runs", "1", "--store", _folder.Combine("none.db"), "--cluster", "redis://127.0.0.1:1?cluster=nobody");

        Assert.Equal(1, outcome.ExitCode);
        Assert.StartsWith("iomsim: --cluster redis://127.0.0.1:1?cluster=nobody: no silo of cluster 'nobody' answers", Assert.Single(outcome.ErrorLines), StringComparison.Ordinal);
        Assert.Contains("iomsim silo --cluster", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_cluster_URL_is_invalid_input()
    {
        var outcome = Iomsim.Run("silo", "--cluster", "127.0.0.1:6379");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("--cluster: '127.0.0.1:6379' is not a Redis URL", outcome.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private void Report(SiloProcesses silos, Iomsim.Outcome client)
    {
        foreach (var line in silos.Joined.Concat(client.ErrorLines.Where(l => !l.StartsWith("running", StringComparison.Ordinal))))
        {
            log.WriteLine(line);
        }
    }

    // Waits until the store holds at least count runs (the sweep is under way), or the sweep has ended.
    private static async Task StoredAtLeastAsync(string store, int count, WatchedProcess sweep, TimeSpan patience)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!sweep.HasExited)
        {
            if (waited.Elapsed > patience)
            {
                throw new TimeoutException($"the sweep stored fewer than {count} runs in {patience.TotalMinutes:0} min: {sweep.Error}");
            }

            try
            {
                using var connection = new SqliteConnection($"Data Source={store};Mode=ReadOnly;Pooling=False");
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT COUNT(*) FROM run";
                if (Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) >= count)
                {
                    return;
                }
            }
            catch (SqliteException)
            {
                // Not created yet.
            }

            await Task.Delay(200);
        }
    }
}

/// <summary>The cluster tests run one after another: each starts silo processes on a small machine.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ClusterCollection
{
    public const string Name = "Silo processes";
}
