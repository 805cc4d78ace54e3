using System.Text.Json;
using IomSim.Runtime.Storage;

namespace IomSim.Runtime.Sqlite;

/// <summary>Where and how <see cref="SqliteGrainStorage"/> keeps grain states.</summary>
public sealed class SqliteGrainStorageOptions
{
    /// <summary>The database file; created, with its directory, if missing.</summary>
    public required string Path { get; init; }

    /// <summary>JSON options for the states; ignored when <see cref="Serializer"/> is set. Default: the web defaults.</summary>
    public JsonSerializerOptions? JsonSerializerOptions { get; init; }

    /// <summary>The serializer for the states. Default: one built from <see cref="JsonSerializerOptions"/>.</summary>
    public GrainStateSerializer? Serializer { get; init; }

    /// <summary>
    /// Whether each write is flushed to disk before it completes (SQLite <c>synchronous=FULL</c>). Turning it off
    /// (<c>NORMAL</c>) is faster and still safe against a process crash, but a power loss may undo the last writes.
    /// Default: true.
    /// </summary>
    public bool FlushEachWrite { get; init; } = true;
}
