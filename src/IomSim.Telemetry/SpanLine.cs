using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace IomSim.Telemetry;

/// <summary>
/// One finished span as one readable line: the trace's and the span's short ids, its parent's (or <c>--------</c> for a
/// trace's root), the name indented by its depth in the trace, its duration in milliseconds, its tags and links.
/// Spans end children first, so the ids tie a line to its parent printed later.
/// </summary>
public static class SpanLine
{
    private const int ShortId = 8;

    // The interface and method repeat the span's name (Type/Method); the line leaves them out.
    private static readonly HashSet<string> s_repeated = new(StringComparer.Ordinal) { "rpc.service", "rpc.method" };

    /// <summary>The line for <paramref name="span"/>, without a line break.</summary>
    public static string Format(Activity span)
    {
        ArgumentNullException.ThrowIfNull(span);
        var line = new StringBuilder();
        line.Append(Short(span.TraceId.ToHexString())).Append(' ')
            .Append(Short(span.SpanId.ToHexString())).Append(' ')
            .Append(span.ParentSpanId == default ? new string('-', ShortId) : Short(span.ParentSpanId.ToHexString())).Append(' ')
            .Append(' ', 2 * Depth(span))
            .Append(span.DisplayName).Append(' ')
            .Append(span.Duration.TotalMilliseconds.ToString("0.000", CultureInfo.InvariantCulture)).Append(" ms");
        foreach (var (key, value) in span.EnumerateTagObjects())
        {
            if (!s_repeated.Contains(key))
            {
                line.Append(' ').Append(key).Append('=').Append(Text(value));
            }
        }

        foreach (var link in span.Links)
        {
            line.Append(" link=").Append(Short(link.Context.TraceId.ToHexString())).Append('/').Append(Short(link.Context.SpanId.ToHexString()));
        }

        if (span.Status == ActivityStatusCode.Error)
        {
            line.Append(" status=error");
        }

        return line.ToString();
    }

    // Ancestors in this process: a session is at 0, its grain calls at 1, their calls at 2, ...
    private static int Depth(Activity span)
    {
        var depth = 0;
        for (var parent = span.Parent; parent is not null; parent = parent.Parent)
        {
            depth++;
        }

        return depth;
    }

    private static string Short(string hex) => hex[..ShortId];

    private static string Text(object? value)
    {
        var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
        return text.Length == 0 || text.Any(char.IsWhiteSpace) ? $"\"{text}\"" : text;
    }
}
