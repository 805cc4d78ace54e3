using System.Collections.Immutable;
using IomSim.Engine.Results;
using IomSim.Scenarios.Model;

namespace IomSim.Web.Api;

/// <summary>A request played: the scenario as changed, its runs, each change in words, and how many runs were stored.</summary>
internal sealed record PlayedRun(Scenario Scenario, ScenarioResult Result, ImmutableArray<string> Applied, int Stored);
