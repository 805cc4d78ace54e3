using System.Diagnostics;
using OpenTelemetry;

namespace IomSim.Telemetry;

/// <summary>Writes each finished span as a <see cref="SpanLine"/> (what <c>--trace</c> prints to standard error).</summary>
internal sealed class SpanLineExporter(TextWriter writer) : BaseExporter<Activity>
{
    /// <inheritdoc />
    public override ExportResult Export(in Batch<Activity> batch)
    {
        // The writer is shared with progress messages; take it whole for each batch.
        lock (writer)
        {
            foreach (var span in batch)
            {
                writer.WriteLine(SpanLine.Format(span));
            }
        }

        return ExportResult.Success;
    }

    /// <inheritdoc />
    protected override bool OnForceFlush(int timeoutMilliseconds)
    {
        lock (writer)
        {
            writer.Flush();
        }

        return true;
    }
}
