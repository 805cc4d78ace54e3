namespace IomSim.Domain.World;

/// <summary>A UN member that a source lists as neither an IOM member nor an observer on a given day.</summary>
/// <param name="State">The state.</param>
/// <param name="AsOf">The day the listing refers to.</param>
/// <param name="Source">The source.</param>
public sealed record ListedNonMember(StateCode State, DateOnly AsOf, string Source);
