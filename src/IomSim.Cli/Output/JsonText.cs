using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace IomSim.Cli.Output;

/// <summary>Writes JSON deterministically: two-space indent, <c>\n</c> line ends, non-ASCII letters unescaped, a final newline.</summary>
internal static class JsonText
{
    private static readonly JsonWriterOptions s_options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The text <paramref name="write"/> produces.</summary>
    public static string Of(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, s_options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>A number rounded as every output rounds it.</summary>
    public static void Number(this Utf8JsonWriter writer, string name, double value) => writer.WriteNumber(name, Numbers.Rounded(value));

    /// <summary>A string, or null.</summary>
    public static void StringOrNull(this Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>An array of strings.</summary>
    public static void Strings(this Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    /// <summary>An object of name → share, in ordinal order of names.</summary>
    public static void Shares(this Utf8JsonWriter writer, string name, IEnumerable<KeyValuePair<string, double>> shares)
    {
        writer.WriteStartObject(name);
        foreach (var (key, share) in shares.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            writer.Number(key, share);
        }

        writer.WriteEndObject();
    }
}
