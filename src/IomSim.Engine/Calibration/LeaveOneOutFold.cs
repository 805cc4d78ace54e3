using System.Collections.Immutable;

namespace IomSim.Engine.Calibration;

/// <summary>
/// One documented event predicted out of sample: the parameters fitted on the documented events dated before it (never
/// on it, nor on anything on or after its day), then its items scored with them.
/// </summary>
/// <param name="Event">The held-out event's id.</param>
/// <param name="Date">Its date.</param>
/// <param name="TrainedOn">The earlier events the parameters were fitted on (empty: none before it, so nothing was fitted).</param>
/// <param name="Fit">The fit on those events; null when there were none.</param>
/// <param name="Defaults">The event's items scored with the scenario's own parameters (the stated defaults unless it overrides them).</param>
/// <param name="OutOfSample">The event's items scored with the parameters fitted on the earlier events (the defaults when nothing was fitted).</param>
public sealed record LeaveOneOutFold(
    string Event,
    DateOnly Date,
    ImmutableArray<FittedEvent> TrainedOn,
    CalibrationResult? Fit,
    ImmutableArray<ItemScore> Defaults,
    ImmutableArray<ItemScore> OutOfSample);
