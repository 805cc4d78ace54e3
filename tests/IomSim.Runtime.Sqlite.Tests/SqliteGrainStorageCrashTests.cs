using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using IomSim.Runtime.Sqlite.CrashWriter;
using IomSim.Runtime.Testing;
using Microsoft.Data.Sqlite;

namespace IomSim.Runtime.Sqlite.Tests;

/// <summary>Kills a process that writes as fast as it can, and checks what it leaves behind.</summary>
public sealed class SqliteGrainStorageCrashTests : IDisposable
{
    private const int Rounds = 3;
    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(20);

    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Killing_a_writer_at_a_random_moment_leaves_a_consistent_state()
    {
        var random = new Random();
        var lastVersion = 0;
        for (var round = 1; round <= Rounds; round++)
        {
            // Each round goes on from what the previous crash left, so recovery is exercised too.
            var (observed, target) = await RunAndKillWriterAsync(random, lastVersion);
            var context = $"round {round}: killed after seeing version {observed} (target {target}, previous round {lastVersion})";

            using (var storage = new SqliteGrainStorage(_database.FilePath))
            {
                var state = new TestGrainState<CrashRecord>();
                await storage.ReadStateAsync(CrashRecord.StateName, CrashRecord.Grain, state);
                var record = state.State;
                Assert.True(state.RecordExists, context);
                Assert.True(
                    state.ETag == record.Version.ToString(CultureInfo.InvariantCulture),
                    $"{context}: ETag {state.ETag} but the record says version {record.Version}");
                Assert.True(record.Payload == CrashRecord.PayloadFor(record.Version), $"{context}: payload does not match version {record.Version}");
                Assert.True(record.Version >= observed, $"{context}: a committed write was lost (stored version {record.Version})");
                lastVersion = record.Version;
            }

            AssertFileIsIntact(context);
        }
    }

    /// <summary>Starts the writer, waits for it to write a random number of versions (at most ~1 s), and kills it.</summary>
    private async Task<(int Observed, int Target)> RunAndKillWriterAsync(Random random, int startVersion)
    {
        using var writer = StartWriter(_database.FilePath);
        try
        {
            using (var timeout = new CancellationTokenSource(s_startTimeout))
            {
                var line = await writer.StandardOutput.ReadLineAsync(timeout.Token);
                if (line != "ready")
                {
                    await writer.WaitForExitAsync(timeout.Token);
                    Assert.Fail($"The writer did not start: {line} {await ErrorsOfAsync(writer)}");
                }
            }

            var target = startVersion + random.Next(50, 400);
            var observed = startVersion;
            var clock = Stopwatch.StartNew();
            using (var observer = new SqliteGrainStorage(_database.FilePath))
            {
                var state = new TestGrainState<CrashRecord>();

                // Stop at the target; after ~1 s stop anyway once the writer made some progress (slow disks).
                while (observed < target && !(clock.Elapsed > TimeSpan.FromSeconds(1) && observed > startVersion)
                    && clock.Elapsed < TimeSpan.FromSeconds(5))
                {
                    if (writer.HasExited)
                    {
                        Assert.Fail($"The writer stopped on its own: {await ErrorsOfAsync(writer)}");
                    }

                    await observer.ReadStateAsync(CrashRecord.StateName, CrashRecord.Grain, state);
                    observed = state.State.Version;
                    await Task.Delay(random.Next(1, 5));
                }
            }

            Assert.True(observed > startVersion, $"The writer wrote nothing in {clock.Elapsed}.");
            return (observed, target);
        }
        finally
        {
            // SIGKILL on Unix, TerminateProcess on Windows: no chance to finish the write in progress.
            writer.Kill(entireProcessTree: true);
            await writer.WaitForExitAsync();
        }
    }

    private void AssertFileIsIntact(string context)
    {
        using var connection = new SqliteConnection(_database.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        Assert.Equal("ok", command.ExecuteScalar());

        command.CommandText = "SELECT version, payload FROM grain_state;";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read(), context);
        using var json = JsonDocument.Parse(reader.GetString(1));
        Assert.Equal(reader.GetInt64(0), json.RootElement.GetProperty("version").GetInt64());
        Assert.False(reader.Read(), context);
    }

    private static Process StartWriter(string databasePath)
    {
        // The writer project is referenced, so its dll, runtimeconfig.json and deps.json sit next to the tests.
        var directory = AppContext.BaseDirectory;
        var dll = Path.Combine(directory, "IomSim.Runtime.Sqlite.CrashWriter.dll");
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (!File.Exists(Path.ChangeExtension(dll, ".runtimeconfig.json")))
        {
            // Some layouts copy only the dll: borrow the tests' runtime config and dependencies, which include it.
            start.ArgumentList.Add("exec");
            start.ArgumentList.Add("--runtimeconfig");
            start.ArgumentList.Add(Path.Combine(directory, "IomSim.Runtime.Sqlite.Tests.runtimeconfig.json"));
            start.ArgumentList.Add("--depsfile");
            start.ArgumentList.Add(Path.Combine(directory, "IomSim.Runtime.Sqlite.Tests.deps.json"));
        }

        start.ArgumentList.Add(dll);
        start.ArgumentList.Add(databasePath);
        return Process.Start(start) ?? throw new InvalidOperationException("Could not start the crash writer.");
    }

    /// <summary>The dotnet host running these tests, so the writer runs on the same runtime.</summary>
    private static string DotnetHost()
    {
        var host = Environment.ProcessPath;
        if (host is not null && Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            return host;
        }

        // Set by the dotnet CLI for the processes it starts (dotnet test, dotnet build).
        var fromCli = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (File.Exists(fromCli))
        {
            return fromCli;
        }

        var root = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        var inRoot = root is null ? null : Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return File.Exists(inRoot) ? inRoot : "dotnet";
    }

    private static async Task<string> ErrorsOfAsync(Process writer)
    {
        if (!writer.HasExited)
        {
            return string.Empty;
        }

        return $"(exit code {writer.ExitCode}) {await writer.StandardError.ReadToEndAsync()}";
    }
}
