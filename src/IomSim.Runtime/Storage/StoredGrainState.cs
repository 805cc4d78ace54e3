namespace IomSim.Runtime.Storage;

/// <summary>One stored state as a provider keeps it: its version and its JSON, null for a cleared state (a tombstone).</summary>
/// <param name="Version">The version, counted from 1; the ETag is this number.</param>
/// <param name="Json">The state as JSON, or null when it was cleared.</param>
public readonly record struct StoredGrainState(long Version, string? Json);
