namespace IomSim.Cli.Tests;

/// <summary>
/// One span as OpenTelemetry's console exporter prints it (what <c>--trace</c> writes to standard error): a block of
/// <c>Activity.Field: value</c> lines, with tags, links and the source's name on indented lines under their heading.
/// </summary>
internal sealed record ConsoleSpan(
    string TraceId,
    string SpanId,
    string? ParentSpanId,
    string Name,
    string Source,
    IReadOnlyDictionary<string, string> Tags,
    IReadOnlyList<string> Links)
{
    /// <summary>Every span in <paramref name="text"/> (untrimmed: indentation matters); lines outside span blocks are skipped.</summary>
    public static IReadOnlyList<ConsoleSpan> Parse(string text)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r'));
        var spans = new List<ConsoleSpan>();
        Dictionary<string, string>? fields = null;
        Dictionary<string, string> tags = new(StringComparer.Ordinal);
        List<string> links = [];
        string? heading = null;
        foreach (var line in lines)
        {
            if (line.StartsWith("Activity.TraceId:", StringComparison.Ordinal))
            {
                Finish();
                fields = new Dictionary<string, string>(StringComparer.Ordinal);
                tags = new Dictionary<string, string>(StringComparer.Ordinal);
                links = [];
            }

            if (fields is null)
            {
                continue;
            }

            if (line.StartsWith("    ", StringComparison.Ordinal))
            {
                var item = line.Trim();
                switch (heading)
                {
                    case "Activity.Tags":
                        var colon = item.IndexOf(": ", StringComparison.Ordinal);
                        tags[item[..colon]] = item[(colon + 2)..];
                        break;
                    case "Activity.Links":
                        links.Add(item);
                        break;
                    case "Instrumentation scope (ActivitySource)" when item.StartsWith("Name: ", StringComparison.Ordinal):
                        fields["Source"] = item["Name: ".Length..];
                        break;
                }

                continue;
            }

            var separator = line.IndexOf(':', StringComparison.Ordinal);
            if (separator < 0)
            {
                Finish();
                continue;
            }

            heading = line[..separator];
            fields[heading] = line[(separator + 1)..].Trim();
        }

        Finish();
        return spans;

        void Finish()
        {
            if (fields is not null && fields.TryGetValue("Activity.SpanId", out var spanId))
            {
                spans.Add(new ConsoleSpan(
                    fields["Activity.TraceId"],
                    spanId,
                    fields.GetValueOrDefault("Activity.ParentSpanId"),
                    fields["Activity.DisplayName"],
                    fields.GetValueOrDefault("Source") ?? string.Empty,
                    tags,
                    links));
            }

            fields = null;
            heading = null;
        }
    }

    /// <summary>The link naming <paramref name="span"/>, as the exporter prints it.</summary>
    public bool LinksTo(ConsoleSpan span) => Links.Contains($"{span.TraceId} {span.SpanId}");
}
