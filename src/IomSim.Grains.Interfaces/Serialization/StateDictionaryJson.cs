using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using IomSim.Domain.World;

namespace IomSim.Grains;

/// <summary>A state map as two arrays, its codes (in code order) and its values in the same order.</summary>
internal sealed class StateDictionaryJson : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(StateDictionary<>);

    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter?)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]));

    private sealed class Converter<TValue> : JsonConverter<StateDictionary<TValue>>
    {
        public override StateDictionary<TValue> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var pairs = JsonSerializer.Deserialize<Pairs>(ref reader, options) ?? throw new JsonException("A state map is missing.");
            return StateDictionary.Of(pairs.Codes, [.. pairs.Values]);
        }

        public override void Write(Utf8JsonWriter writer, StateDictionary<TValue> value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, new Pairs(value.Keys, value.Values), options);

        private sealed record Pairs(ImmutableArray<StateCode> Codes, ImmutableArray<TValue> Values);
    }
}
