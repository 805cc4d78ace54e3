using System.Collections.Immutable;
using IomSim.Tests.Redis;
using IomSim.Web.Api;
using IomSim.Web.Sessions;
using Orleans.Storage;

namespace IomSim.Web.Tests.Sessions;

/// <summary>The classroom session grain: what a class changed and ran survives a restart, and a stale write fails loudly.</summary>
public sealed class ClassroomSessionTests
{
    private static readonly ImmutableArray<ChangeRequest> s_changes =
    [
        new("relation", State: "GEO", To: "RUS", Weight: 0.5),
        new("request-vote", Item: "russia-2020/admission", State: "UKR"),
    ];

    private static readonly ClassroomRun s_run = new("russia-2020", 2020, 3, 3, s_changes, ["russia-2020/admission: adopted-by-vote 100.0%"]);

    // Records holding immutable arrays compare them by reference; their JSON compares every value.
    private static string Json(ClassroomSession session) => System.Text.Json.JsonSerializer.Serialize(session);

    [Fact]
    public async Task In_memory_a_session_starts_empty_and_keeps_its_changes_and_runs_in_order()
    {
        await using var silo = await SessionSilo.StartAsync(redis: null);
        var session = silo.Grains.GetGrain<IClassroomSessionGrain>("class-a");

        Assert.Equal(Json(ClassroomSession.Empty), Json(await session.Read()));
        var changed = await session.Change("russia-2020", s_changes[..1]);
        var recorded = await session.Record(s_run);

        Assert.Equal((1, "russia-2020"), (changed.Version, changed.Scenario));
        Assert.Equal(Json(new ClassroomSession(2, "russia-2020", s_changes, [s_run])), Json(recorded));
        Assert.Equal(Json(recorded), Json(await session.Read()));
        Assert.Equal(Json(ClassroomSession.Empty), Json(await silo.Grains.GetGrain<IClassroomSessionGrain>("class-b").Read()));
    }

    [RedisFact]
    public async Task In_Redis_a_session_written_through_one_silo_is_read_back_by_the_next()
    {
        var id = TestRedisNames.Session();
        ClassroomSession written;
        await using (var first = await SessionSilo.StartAsync(TestRedis.RequiredAddress))
        {
            var session = first.Grains.GetGrain<IClassroomSessionGrain>(id);
            await session.Change("russia-2020", s_changes);
            written = await session.Record(s_run);
        }

        await using var second = await SessionSilo.StartAsync(TestRedis.RequiredAddress);
        var read = await second.Grains.GetGrain<IClassroomSessionGrain>(id).Read();

        Assert.Equal(2, read.Version);
        Assert.Equal(Json(written), Json(read));
    }

    [RedisFact]
    public async Task In_Redis_a_write_from_a_copy_another_silo_has_overtaken_throws_InconsistentStateException()
    {
        // Two silos of separate clusters over one store: each activates its own copy of the same session.
        var id = TestRedisNames.Session();
        await using var left = await SessionSilo.StartAsync(TestRedis.RequiredAddress);
        await using var right = await SessionSilo.StartAsync(TestRedis.RequiredAddress);
        var onLeft = left.Grains.GetGrain<IClassroomSessionGrain>(id);
        var onRight = right.Grains.GetGrain<IClassroomSessionGrain>(id);
        await onLeft.Read();
        await onRight.Read();

        await onLeft.Change("russia-2020", s_changes);
        await Assert.ThrowsAsync<InconsistentStateException>(() => onRight.Change("china-2016", []));

        // The stale copy is dropped: the next call reads what the store holds, and builds on it.
        var after = await onRight.Read();
        Assert.Equal((1, "russia-2020"), (after.Version, after.Scenario));
        Assert.Equal(2, (await onRight.Record(s_run)).Version);
    }
}
