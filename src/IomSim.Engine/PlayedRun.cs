using System.Collections.Immutable;
using IomSim.Engine.Results;
using IomSim.Scenarios.Model;

namespace IomSim.Engine;

/// <summary>One run of a scenario: each item's result in timeline order, and each budget year played.</summary>
internal sealed record PlayedRun(ImmutableArray<(AgendaEntry Entry, Session Session, EventRun Run)> Events, ImmutableArray<FundingYearRun> Funding);
