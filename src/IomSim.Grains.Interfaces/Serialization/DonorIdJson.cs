using System.Text.Json;
using System.Text.Json.Serialization;
using IomSim.Domain.Funding;

namespace IomSim.Grains;

/// <summary>A donor id as its text, as a value and as a map key.</summary>
internal sealed class DonorIdJson : JsonConverter<DonorId>
{
    public override DonorId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => DonorId.Parse(reader.GetString()!);

    public override void Write(Utf8JsonWriter writer, DonorId value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);

    public override DonorId ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => DonorId.Parse(reader.GetString()!);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, DonorId value, JsonSerializerOptions options) => writer.WritePropertyName(value.Value);
}
