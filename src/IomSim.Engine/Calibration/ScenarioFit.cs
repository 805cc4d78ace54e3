using System.Collections.Immutable;

namespace IomSim.Engine.Calibration;

/// <summary>One scenario's documented items, scored with the parameters as the scenario states them and with the fitted ones.</summary>
/// <param name="Scenario">The scenario's id.</param>
/// <param name="HeldOut">True when the scenario was held out of the fit.</param>
/// <param name="Before">Scores with the scenario's own parameters (the stated defaults unless it overrides them).</param>
/// <param name="After">Scores with the fitted parameters.</param>
public sealed record ScenarioFit(string Scenario, bool HeldOut, ImmutableArray<ItemScore> Before, ImmutableArray<ItemScore> After);
