using IomSim.Domain.World;

namespace IomSim.Scenarios.Model;

/// <summary>A relation the scenario sets, −1 to +1, replacing any seeded one between the same states.</summary>
public sealed record RelationOverride(StateCode From, StateCode To, double Weight);
