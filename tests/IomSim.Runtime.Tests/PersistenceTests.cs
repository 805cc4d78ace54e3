using IomSim.Runtime.Hosting;
using IomSim.Runtime.Scheduling;
using IomSim.Runtime.Storage;
using IomSim.Runtime.Testing;
using IomSim.Runtime.Tests.Grains;

namespace IomSim.Runtime.Tests;

public sealed class PersistenceTests
{
    [Theory]
    [MemberData(nameof(Schedulers.Both), MemberType = typeof(Schedulers))]
    public async Task State_survives_deactivation(SchedulerKind scheduler)
    {
        await using var host = TestGrainHost.Start(scheduler, typeof(JournalGrain).Assembly);
        var entry = await host.RunAsync(async grains =>
        {
            var journal = grains.GetGrain<IJournalGrain>("durable");
            await journal.Append("one");
            await host.Runtime.DeactivateAllAsync();
            Assert.Equal(0, host.Runtime.ActivationCount);
            return await journal.Read();
        });

        Assert.Equal(2, entry.Activations);
        Assert.Equal(["one", "deactivated: RuntimeShutdown"], entry.Lines);
        Assert.True(entry.RecordExists);
    }

    [Theory]
    [MemberData(nameof(Schedulers.Both), MemberType = typeof(Schedulers))]
    public async Task ETags_are_version_numbers_so_the_same_program_stores_the_same_ETags(SchedulerKind scheduler)
    {
        await using var host = TestGrainHost.Start(scheduler, typeof(JournalGrain).Assembly);
        var entry = await host.RunAsync(async grains =>
        {
            var journal = grains.GetGrain<IJournalGrain>("versions");
            await journal.Append("a"); // activation wrote version 1, this write version 2
            await journal.Append("b");
            return await journal.Read();
        });

        Assert.Equal("3", entry.ETag);
    }

    [Theory]
    [MemberData(nameof(Schedulers.Both), MemberType = typeof(Schedulers))]
    public async Task A_write_with_a_stale_ETag_fails_loudly_and_changes_nothing(SchedulerKind scheduler)
    {
        var storage = new MemoryGrainStorage();
        await using var first = TestGrainHost.Start(scheduler, typeof(JournalGrain).Assembly, o => o.AddGrainStorage("Default", () => storage));
        await using var second = TestGrainHost.Start(scheduler, typeof(JournalGrain).Assembly, o => o.AddGrainStorage("Default", () => storage));

        // Two runtimes share the storage: each activates the grain; the second one's write makes the first one's copy stale.
        await first.RunAsync(grains => grains.GetGrain<IJournalGrain>("contested").Read());
        await second.RunAsync(grains => grains.GetGrain<IJournalGrain>("contested").Append("second wins"));

        var error = await first.RunAsync(grains =>
            Assert.ThrowsAsync<InconsistentStateException>(() => grains.GetGrain<IJournalGrain>("contested").AppendWithoutRereading("first loses")));
        Assert.Equal("1", error.CurrentETag);
        Assert.Equal("3", error.StoredETag);
        Assert.Contains("journal", error.Message, StringComparison.Ordinal);

        var stored = await second.RunAsync(grains => grains.GetGrain<IJournalGrain>("contested").Read());
        Assert.Equal(["second wins"], stored.Lines);
    }

    [Theory]
    [MemberData(nameof(Schedulers.Both), MemberType = typeof(Schedulers))]
    public async Task Clearing_state_resets_it_and_keeps_old_ETags_from_matching(SchedulerKind scheduler)
    {
        await using var host = TestGrainHost.Start(scheduler, typeof(JournalGrain).Assembly);
        var entry = await host.RunAsync(async grains =>
        {
            var journal = grains.GetGrain<IJournalGrain>("forgetful");
            await journal.Append("soon gone");
            await journal.Forget();
            return await journal.Read();
        });

        Assert.False(entry.RecordExists);
        Assert.Empty(entry.Lines);
        Assert.Equal("3", entry.ETag);
    }

    [Fact]
    public async Task A_state_in_an_unregistered_storage_fails_activation_with_a_clear_error()
    {
        await using var runtime = new Hosting.GrainRuntime(new Hosting.GrainRuntimeOptions().AddGrain<JournalGrain>());
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => runtime.GetGrain<IJournalGrain>("nowhere").Read());

        Assert.Contains("storage 'Default'", error.Message, StringComparison.Ordinal);
        Assert.Contains("not registered", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Schedulers.Both), MemberType = typeof(Schedulers))]
    public async Task State_survives_a_new_runtime_on_the_same_SQLite_file(SchedulerKind scheduler)
    {
        using var database = new TemporaryDatabase();
        var path = database.FilePath;
        await using (var first = TestGrainHost.Start(scheduler, typeof(JournalGrain).Assembly, o => o.AddSqliteGrainStorage(path)))
        {
            await first.RunAsync(grains => grains.GetGrain<IJournalGrain>("sqlite").Append("written by the first runtime"));
        }

        await using var second = TestGrainHost.Start(scheduler, typeof(JournalGrain).Assembly, o => o.AddSqliteGrainStorage(path));
        var entry = await second.RunAsync(grains => grains.GetGrain<IJournalGrain>("sqlite").Read());

        Assert.Equal(2, entry.Activations);
        Assert.Equal(["written by the first runtime", "deactivated: RuntimeShutdown"], entry.Lines);
    }

    [Theory]
    [MemberData(nameof(Schedulers.Both), MemberType = typeof(Schedulers))]
    public async Task Two_runtimes_on_one_SQLite_file_cannot_overwrite_each_other_with_stale_state(SchedulerKind scheduler)
    {
        using var database = new TemporaryDatabase();
        var path = database.FilePath;
        await using var first = TestGrainHost.Start(scheduler, typeof(JournalGrain).Assembly, o => o.AddSqliteGrainStorage(path));
        await using var second = TestGrainHost.Start(scheduler, typeof(JournalGrain).Assembly, o => o.AddSqliteGrainStorage(path));
        await first.RunAsync(grains => grains.GetGrain<IJournalGrain>("shared").Read());
        await second.RunAsync(grains => grains.GetGrain<IJournalGrain>("shared").Append("second"));

        var error = await first.RunAsync(grains =>
            Assert.ThrowsAsync<InconsistentStateException>(() => grains.GetGrain<IJournalGrain>("shared").AppendWithoutRereading("first")));

        Assert.Equal(("3", "1"), (error.StoredETag, error.CurrentETag));
    }
}
