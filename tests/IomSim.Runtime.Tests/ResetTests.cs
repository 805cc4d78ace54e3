using IomSim.Runtime.Hosting;
using IomSim.Runtime.Scheduling;
using IomSim.Runtime.Testing;
using IomSim.Runtime.Tests.Grains;

namespace IomSim.Runtime.Tests;

/// <summary>A runtime reset for a new run keeps resettable grains active, as fresh, and retires the others.</summary>
public sealed class ResetTests
{
    [Theory]
    [MemberData(nameof(Schedulers.Both), MemberType = typeof(Schedulers))]
    public async Task A_resettable_grain_stays_active_with_its_fields_and_state_as_new(SchedulerKind scheduler)
    {
        await using var host = TestGrainHost.Start(scheduler, typeof(NotebookGrain).Assembly, o => o.AddReferenceGrainStorage());
        await host.RunAsync(async grains =>
        {
            await grains.GetGrain<INotebookGrain>("kept").Write("first run");
            await grains.GetGrain<INotebookGrain>("kept").Write("first run, again");
        });

        await host.Runtime.ResetAsync();
        Assert.Equal(1, host.Runtime.ActivationCount);
        var (page, rewritten) = await host.RunAsync(async grains =>
        {
            var notebook = grains.GetGrain<INotebookGrain>("kept");
            var fresh = await notebook.Read();
            await notebook.Write("second run");
            return (fresh, await notebook.Read());
        });

        // As a fresh activation over empty storage: the field counts this read only, and no state was ever stored.
        Assert.Equal(1, page.CallsSinceActivation);
        Assert.Empty(page.Lines);
        Assert.Null(page.ETag);
        Assert.False(page.RecordExists);
        Assert.Equal(["second run"], rewritten.Lines);
        Assert.Equal("1", rewritten.ETag);
        Assert.Equal(3, rewritten.CallsSinceActivation);
    }

    [Theory]
    [MemberData(nameof(Schedulers.Both), MemberType = typeof(Schedulers))]
    public async Task A_grain_that_cannot_reset_is_deactivated_and_its_state_forgotten(SchedulerKind scheduler)
    {
        await using var host = TestGrainHost.Start(scheduler, typeof(JournalGrain).Assembly, o => o.AddReferenceGrainStorage());
        await host.RunAsync(grains => grains.GetGrain<IJournalGrain>("retired").Append("first run"));

        await host.Runtime.ResetAsync();
        Assert.Equal(0, host.Runtime.ActivationCount);
        var entry = await host.RunAsync(grains => grains.GetGrain<IJournalGrain>("retired").Read());

        // A new activation over empty storage: its deactivation line of the first run was written, then forgotten.
        Assert.Equal(1, entry.Activations);
        Assert.Empty(entry.Lines);
        Assert.Equal("1", entry.ETag);
    }

    [Fact]
    public async Task A_runtime_on_durable_storage_refuses_to_reset()
    {
        using var database = new TemporaryDatabase();
        var path = database.FilePath;
        await using var host = TestGrainHost.Start(SchedulerKind.Deterministic, typeof(JournalGrain).Assembly, o => o.AddSqliteGrainStorage(path));
        await host.RunAsync(grains => grains.GetGrain<IJournalGrain>("durable").Append("kept on disk"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.Runtime.ResetAsync());

        Assert.Contains("cannot be reset", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, host.Runtime.ActivationCount);
    }
}
