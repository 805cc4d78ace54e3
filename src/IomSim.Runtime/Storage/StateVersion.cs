using System.Globalization;

namespace IomSim.Runtime.Storage;

/// <summary>The optimistic-concurrency rule every storage here follows: a state's ETag is its version number as text.</summary>
internal static class StateVersion
{
    /// <summary>The ETag of <paramref name="version"/>.</summary>
    public static string ETagOf(long version) => version.ToString(CultureInfo.InvariantCulture);

    /// <summary>The version a replacement gets, if the caller's ETag is the stored one (none when nothing was stored); otherwise throws.</summary>
    /// <exception cref="InconsistentStateException">The ETag is stale.</exception>
    public static long Next(GrainId grainId, string stateName, long? storedVersion, string? expectedETag)
    {
        var storedETag = storedVersion is { } version ? ETagOf(version) : null;
        if (storedETag != expectedETag)
        {
            throw new InconsistentStateException(grainId, stateName, storedETag, expectedETag);
        }

        return (storedVersion ?? 0) + 1;
    }
}
