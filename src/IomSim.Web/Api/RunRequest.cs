namespace IomSim.Web.Api;

/// <summary>The body of <c>POST /api/runs</c>.</summary>
/// <param name="Scenario">The scenario's id, as <c>GET /api/scenarios</c> lists it.</param>
/// <param name="Seed">The seed (default: the scenario's).</param>
/// <param name="Runs">How many runs, 1 to <see cref="ApiLimits.MaxRuns"/> (default 1).</param>
/// <param name="Changes">Changes to the scenario, applied in order (at most <see cref="ApiLimits.MaxChanges"/>).</param>
/// <param name="Session">The classroom session the run is recorded in (and whose changes it becomes), or none.</param>
internal sealed record RunRequest(string? Scenario, ulong? Seed, int? Runs, IReadOnlyList<ChangeRequest?>? Changes, string? Session = null);
