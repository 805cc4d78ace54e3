namespace IomSim.Domain.World;

/// <summary>A resolved behaviour parameter with the rule it came from.</summary>
/// <param name="Value">The value, from 0 to 1.</param>
/// <param name="Scope">The scope of the rule that set it.</param>
/// <param name="Basis">That rule's basis.</param>
/// <param name="Source">That rule's source.</param>
public readonly record struct BehaviourValue(double Value, BehaviourScope Scope, ValueBasis Basis, string Source);
