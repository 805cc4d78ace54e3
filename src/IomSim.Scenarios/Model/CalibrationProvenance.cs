using System.Collections.Immutable;
using System.Globalization;

namespace IomSim.Scenarios.Model;

/// <summary>
/// What a calibration file included with <c>world.parameters_from</c> was fitted on, and which of the scenario's
/// documented events that fit has seen: an event it was fitted on, or one dated on or before the last event it was
/// fitted on (the fit then knew what came after it). Such a replay is in sample, and every output says so.
/// </summary>
/// <param name="File">The calibration file, as the scenario names it.</param>
/// <param name="Parameters">The parameters it sets.</param>
/// <param name="FittedOn">The documented events it was fitted on, with their dates (empty when the file does not record them).</param>
/// <param name="InSample">The scenario's documented events the fit has seen.</param>
public sealed record CalibrationProvenance(
    string File,
    ImmutableArray<string> Parameters,
    ImmutableArray<(string Id, DateOnly Date)> FittedOn,
    ImmutableArray<string> InSample)
{
    /// <summary>Whether the file records what it was fitted on.</summary>
    public bool Recorded => !FittedOn.IsDefaultOrEmpty;

    /// <summary>The scenario's documented events (ids and dates) the fit has seen; all of them when the file records nothing.</summary>
    public ImmutableArray<string> Seen(IEnumerable<(string Id, DateOnly Date)> replayed)
    {
        ArgumentNullException.ThrowIfNull(replayed);
        if (!Recorded)
        {
            return [.. replayed.Select(e => e.Id).Distinct(StringComparer.Ordinal)];
        }

        var last = FittedOn.Max(e => e.Date);
        return [.. replayed.Where(e => e.Date <= last || FittedOn.Any(f => f.Id == e.Id)).Select(e => e.Id).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The parameters line of every output: which parameters were fitted, on what, and whether this replay is in sample.</summary>
    public string Label
    {
        get
        {
            var on = Recorded
                ? string.Join(", ", FittedOn.Select(e => $"{e.Id} ({e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})"))
                : "events not recorded in the file";
            var label = $"calibrated ({string.Join(", ", Parameters)} from {File}, fitted on {on})";
            return InSample.IsDefaultOrEmpty
                ? label + "; out of sample for every documented event here"
                : label + $"; IN SAMPLE for {string.Join(", ", InSample)}: the fit saw that event or later ones, so this comparison is no test";
        }
    }
}
