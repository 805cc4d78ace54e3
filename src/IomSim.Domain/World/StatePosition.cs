namespace IomSim.Domain.World;

/// <summary>A state's estimated place on the policy dimensions.</summary>
/// <param name="Position">The position.</param>
/// <param name="Votes">The number of roll-call votes the estimate rests on (0 for a default).</param>
/// <param name="Basis">How it was obtained.</param>
/// <param name="Source">The source.</param>
public sealed record StatePosition(PolicyPosition Position, int Votes, ValueBasis Basis, string Source);
