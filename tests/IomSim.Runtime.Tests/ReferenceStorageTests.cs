using IomSim.Runtime.Scheduling;
using IomSim.Runtime.Storage;
using IomSim.Runtime.Testing;
using IomSim.Runtime.Tests.Grains;

namespace IomSim.Runtime.Tests;

/// <summary>The storage that keeps state objects as they are behaves, for a grain, as the JSON memory storage does.</summary>
public sealed class ReferenceStorageTests
{
    [Theory]
    [MemberData(nameof(Schedulers.Both), MemberType = typeof(Schedulers))]
    public async Task State_survives_deactivation_and_is_the_object_written(SchedulerKind scheduler)
    {
        await using var host = TestGrainHost.Start(scheduler, typeof(JournalGrain).Assembly, o => o.AddReferenceGrainStorage());
        var (before, after) = await host.RunAsync(async grains =>
        {
            var journal = grains.GetGrain<IJournalGrain>("kept");
            await journal.Append("one");
            var first = await journal.Read();
            await host.Runtime.DeactivateAllAsync();
            return (first, await journal.Read());
        });

        Assert.Equal(2, after.Activations);
        Assert.Equal(["one", "deactivated: RuntimeShutdown"], after.Lines);
        Assert.True(after.RecordExists);
        Assert.Equal(["one"], before.Lines);
        Assert.Equal("4", after.ETag);
    }

    [Theory]
    [MemberData(nameof(Schedulers.Both), MemberType = typeof(Schedulers))]
    public async Task A_write_with_a_stale_ETag_fails_and_changes_nothing(SchedulerKind scheduler)
    {
        var storage = new ReferenceGrainStorage();
        await using var first = TestGrainHost.Start(scheduler, typeof(JournalGrain).Assembly, o => o.AddGrainStorage("Default", () => storage));
        await using var second = TestGrainHost.Start(scheduler, typeof(JournalGrain).Assembly, o => o.AddGrainStorage("Default", () => storage));
        await first.RunAsync(grains => grains.GetGrain<IJournalGrain>("contested").Read());
        await second.RunAsync(grains => grains.GetGrain<IJournalGrain>("contested").Append("second wins"));

        var error = await first.RunAsync(grains =>
            Assert.ThrowsAsync<InconsistentStateException>(() => grains.GetGrain<IJournalGrain>("contested").AppendWithoutRereading("first loses")));
        Assert.Equal("1", error.CurrentETag);
        Assert.Equal("3", error.StoredETag);

        var stored = await second.RunAsync(grains => grains.GetGrain<IJournalGrain>("contested").Read());
        Assert.Equal(["second wins"], stored.Lines);
    }

    [Theory]
    [MemberData(nameof(Schedulers.Both), MemberType = typeof(Schedulers))]
    public async Task Clearing_state_resets_it(SchedulerKind scheduler)
    {
        await using var host = TestGrainHost.Start(scheduler, typeof(JournalGrain).Assembly, o => o.AddReferenceGrainStorage());
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
}
