using System.Text.Json;

namespace IomSim.Runtime.Storage;

/// <summary>
/// Turns states into JSON and back, for every provider alike: storing a copy rather than the object itself means
/// a grain that changes its state without writing it never changes what is stored.
/// </summary>
public sealed class GrainStateSerializer
{
    private readonly JsonSerializerOptions _options;

    /// <summary>Creates a serializer with the given options, or the web defaults.</summary>
    public GrainStateSerializer(JsonSerializerOptions? options = null) =>
        _options = options ?? new JsonSerializerOptions(JsonSerializerDefaults.Web);

    /// <summary>A serializer with the default options.</summary>
    public static GrainStateSerializer Default { get; } = new();

    /// <summary>Serializes a state.</summary>
    public string Serialize<TState>(TState state) => JsonSerializer.Serialize(state, _options);

    /// <summary>Deserializes a state; an empty document gives a fresh state.</summary>
    public TState Deserialize<TState>(string json)
        where TState : new() => JsonSerializer.Deserialize<TState>(json, _options) ?? new TState();
}
