namespace IomSim.Web.Api;

/// <summary>The body of <c>PUT /api/sessions/{id}</c>: the scenario a class plays and the changes it has made.</summary>
/// <param name="Scenario">The scenario's id, as <c>GET /api/scenarios</c> lists it.</param>
/// <param name="Changes">The changes, in the order they apply (checked as a run checks them).</param>
internal sealed record SessionRequest(string? Scenario, IReadOnlyList<ChangeRequest?>? Changes);
