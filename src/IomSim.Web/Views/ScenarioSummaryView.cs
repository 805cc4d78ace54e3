using System.Collections.Immutable;

namespace IomSim.Web.Views;

/// <summary>A line of <c>GET /api/scenarios</c>: a scenario the dashboard offers.</summary>
internal sealed record ScenarioSummaryView(string Id, string Title, string Body, string File, int Items, ImmutableArray<int> BudgetYears, string? Baseline);
