using IomSim.Testing;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace IomSim.Grains.Tests;

/// <summary>
/// One Orleans test cluster for every grain test (Orleans' own in-process host, one silo set up as the programs set
/// theirs up); each test plays on lanes of its own (<see cref="NewLane"/>) and batches of its own (<see cref="Batch"/>),
/// so tests never share a grain's state.
/// </summary>
public sealed class GrainCluster : IAsyncLifetime
{
    private static int s_lanes;
    private static int s_plays;

    private InProcessTestCluster? _cluster;

    /// <summary>The grains, reached from inside the silo as the engine reaches the embedded silo's.</summary>
    public IGrainFactory Grains => _cluster?.GetSiloServiceProvider().GetRequiredService<IGrainFactory>()
        ?? throw new InvalidOperationException("The cluster has not started.");

    /// <summary>A lane no other test uses.</summary>
    public static string NewLane() => LaneKeys.Lane("test", "iom", Interlocked.Increment(ref s_lanes));

    /// <summary>A batch of a play no other test uses.</summary>
    public static RunBatch Batch(ulong seed, int first, int count) => new($"test-{Interlocked.Increment(ref s_plays)}", seed, first, count);

    /// <summary>Run <paramref name="run"/> alone in a batch of its own.</summary>
    public static RunKey Run(ulong seed, int run) => Batch(seed, run, 1)[0];

    public async Task InitializeAsync()
    {
        _cluster = await TestClusters.StartAsync(1);
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }
}

/// <summary>The grain tests' shared cluster.</summary>
[CollectionDefinition(Name)]
public sealed class GrainClusterCollection : ICollectionFixture<GrainCluster>
{
    public const string Name = "grain cluster";
}
