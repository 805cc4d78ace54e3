namespace IomSim.Domain.Randomness;

/// <summary>
/// A counter-based random stream: the n-th number is a pure function of the stream's key and n (SplitMix64's
/// finaliser applied to key + n·γ). Streams are keyed by (seed, run, state, event), so a state's draws for an event
/// do not depend on which other states drew first, on threads, or on how many runs went before.
/// </summary>
public struct RandomStream
{
    private const ulong Gamma = 0x9E3779B97F4A7C15UL;
    private readonly ulong _key;
    private ulong _counter;

    private RandomStream(ulong key)
    {
        _key = key;
        _counter = 0;
    }

    /// <summary>The stream of one state's decisions on one event, in one run of one seed.</summary>
    public static RandomStream For(ulong seed, int run, string state, string eventId) =>
        For(seed, run, StableHash.Of(state), StableHash.Of(eventId));

    /// <summary>
    /// The same stream from the <see cref="StableHash"/>es of the state's code and the event's id, for callers that draw
    /// for the same state or event many times (a procedure over every member, a member over many runs): hashing the
    /// event's id for every member of every run was a tenth of a run's time.
    /// </summary>
    public static RandomStream For(ulong seed, int run, ulong stateHash, ulong eventHash) =>
        new(Mix(Mix(Mix(seed ^ Mix((ulong)run)) ^ stateHash) ^ eventHash));

    /// <summary>A uniform number in [0, 1), with 53 random bits.</summary>
    public double NextDouble() => (NextBits() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A standard normal number (Box–Muller, one of the pair).</summary>
    public double NextGaussian()
    {
        var u1 = 1.0 - NextDouble(); // in (0, 1], so the logarithm is finite
        var u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>True with probability <paramref name="probability"/>.</summary>
    public bool NextBernoulli(double probability) => NextDouble() < probability;

    private ulong NextBits() => Mix(_key + (++_counter * Gamma));

    /// <summary>SplitMix64's finaliser: a bijection on 64-bit values with good avalanche.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
