using System.Collections.Immutable;

namespace IomSim.Engine.Calibration;

/// <summary>A calibration: the fitted values, the objective before and after, and every scenario's fit.</summary>
/// <param name="Values">Each fitted parameter, in the order asked.</param>
/// <param name="FittedOn">The ids of the scenarios fitted to.</param>
/// <param name="HeldOut">The ids of the scenarios held out.</param>
/// <param name="ObjectiveBefore">Mean objective over the fitted scenarios' documented items, with their own parameters.</param>
/// <param name="ObjectiveAfter">The same with the fitted parameters.</param>
/// <param name="HeldOutObjectiveBefore">Mean objective over the held-out items before (null when nothing is held out).</param>
/// <param name="HeldOutObjectiveAfter">The same after.</param>
/// <param name="Scenarios">Each scenario's items before and after, fitted ones first.</param>
/// <param name="Runs">Runs per scenario per evaluation.</param>
/// <param name="Seed">The seed of every evaluation.</param>
/// <param name="Evaluations">Distinct parameter sets evaluated in the search.</param>
/// <param name="Version">The program version.</param>
public sealed record CalibrationResult(
    ImmutableArray<FittedValue> Values,
    ImmutableArray<string> FittedOn,
    ImmutableArray<string> HeldOut,
    double ObjectiveBefore,
    double ObjectiveAfter,
    double? HeldOutObjectiveBefore,
    double? HeldOutObjectiveAfter,
    ImmutableArray<ScenarioFit> Scenarios,
    int Runs,
    ulong Seed,
    int Evaluations,
    string Version)
{
    /// <summary>The documented events that entered the objective, with their dates, in date order: what the values were fitted on.</summary>
    public ImmutableArray<FittedEvent> FittedEvents { get; init; } = [];

    /// <summary>Where the states' positions come from (the roll-call window), as the seeds' positions say.</summary>
    public string PositionsFrom { get; init; } = string.Empty;
}
