namespace IomSim.Engine;

/// <summary>
/// Names each play of a scenario (an engine's run of N runs, a player's run) uniquely in the process, so that the lane
/// grains it uses start every run afresh even when the last play had the same seed and runs.
/// </summary>
internal static class Plays
{
    private static long s_count;

    public static string Next() => $"play-{Interlocked.Increment(ref s_count)}";
}
