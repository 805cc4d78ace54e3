using System.Collections.Immutable;

namespace IomSim.Web.Views;

/// <summary>The answer of <c>POST /api/runs</c>: the runs summarised item by item, the first run narrated, the record beside them.</summary>
internal sealed record RunView(
    string Scenario,
    string Title,
    string Body,
    ulong Seed,
    int Runs,
    string Version,
    string ContentHash,
    string Parameters,
    ImmutableArray<string> Changes,
    ImmutableArray<SessionView> Sessions,
    ImmutableArray<FundingView> Funding,
    int Stored);
