namespace IomSim.Engine.Sweeps;

/// <summary>How often a state was pivotal: the share of a setting's runs in which its switch alone would have changed the outcome.</summary>
/// <param name="State">The state code.</param>
/// <param name="Share">The share of runs.</param>
public sealed record PivotalShare(string State, double Share);
