namespace IomSim.Domain.Randomness;

/// <summary>
/// A 64-bit hash of text that is the same in every process and on every machine (FNV-1a over UTF-16 code units).
/// <see cref="string.GetHashCode()"/> is randomised per process, so it cannot key reproducible random streams.
/// </summary>
public static class StableHash
{
    private const ulong OffsetBasis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>Hashes <paramref name="text"/>.</summary>
    public static ulong Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hash = OffsetBasis;
        foreach (var c in text)
        {
            hash = (hash ^ (byte)c) * Prime;
            hash = (hash ^ (byte)(c >> 8)) * Prime;
        }

        return hash;
    }
}
