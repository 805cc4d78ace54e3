using System.Globalization;
using System.Text;

namespace IomSim.Runtime.Sqlite.CrashWriter;

/// <summary>The state the crash writer stores: a version and a ~10 KB payload derived from it, so a torn write shows.</summary>
public sealed record CrashRecord
{
    /// <summary>The grain the writer writes.</summary>
    public static readonly GrainId Grain = new("crash-writer", "one");

    /// <summary>The state name the writer writes.</summary>
    public const string StateName = "record";

    /// <summary>The version this record was written as; equals the ETag it was stored with.</summary>
    public int Version { get; init; }

    /// <summary>The payload; always <see cref="PayloadFor"/> of <see cref="Version"/>.</summary>
    public string Payload { get; init; } = string.Empty;

    /// <summary>Makes the record for a version.</summary>
    public static CrashRecord For(int version) => new() { Version = version, Payload = PayloadFor(version) };

    /// <summary>About 10 KB of text that only this version produces.</summary>
    public static string PayloadFor(int version)
    {
        var chunk = string.Create(CultureInfo.InvariantCulture, $"v{version:D9};");
        var builder = new StringBuilder(10_240);
        for (var i = 0; i < 10_240 / chunk.Length; i++)
        {
            builder.Append(chunk);
        }

        return builder.ToString();
    }
}
