using System.Text.Json;
using System.Text.Json.Serialization;
using IomSim.Domain.World;

namespace IomSim.Grains;

/// <summary>A state code as its three letters, as a value and as a map key.</summary>
internal sealed class StateCodeJson : JsonConverter<StateCode>
{
    public override StateCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => StateCode.Parse(reader.GetString()!);

    public override void Write(Utf8JsonWriter writer, StateCode value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);

    public override StateCode ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => StateCode.Parse(reader.GetString()!);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, StateCode value, JsonSerializerOptions options) => writer.WritePropertyName(value.Value);
}
