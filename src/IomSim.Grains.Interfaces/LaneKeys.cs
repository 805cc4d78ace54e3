namespace IomSim.Grains;

/// <summary>
/// Grain keys. A lane is where one worker plays its batches, one after another: its Council and Administration are
/// keyed by the lane (<c>{host}:{body}:{lane}</c>, never a <c>/</c>), and every member state, contributor and project
/// of the lane by <c>{lane}/{own id}</c>, so a batch's grains are found from the Council's own key and a grain knows
/// its state, donor or appeal from its key. Lanes are reused from one play to the next (their grains stay active);
/// a batch's play tells the grains when to start afresh (<see cref="RunBatch.Play"/>).
/// </summary>
public static class LaneKeys
{
    /// <summary>The key of lane <paramref name="lane"/> of the program <paramref name="host"/> for the body <paramref name="body"/>.</summary>
    public static string Lane(string host, string body, int lane)
    {
        ArgumentException.ThrowIfNullOrEmpty(host);
        ArgumentException.ThrowIfNullOrEmpty(body);
        return host.Contains('/', StringComparison.Ordinal) || body.Contains('/', StringComparison.Ordinal)
            ? throw new ArgumentException($"A lane key has no '/': {host}, {body}.", nameof(host))
            : $"{host}:{body}:{lane}";
    }

    /// <summary>The key of the grain <paramref name="id"/> (a state code, donor or appeal id) in <paramref name="lane"/>.</summary>
    public static string Within(string lane, string id) => $"{lane}/{id}";

    /// <summary>The grain's own id (state code, donor or appeal) in its key.</summary>
    public static string OwnId(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? key : key[(slash + 1)..];
    }

    /// <summary>The lane a grain's key belongs to (the key itself for a Council or an Administration).</summary>
    public static string LaneOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? key : key[..slash];
    }
}
