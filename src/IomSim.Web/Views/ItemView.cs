using System.Collections.Immutable;

namespace IomSim.Web.Views;

/// <summary>An agenda item as the scenario sets it: what a change can name.</summary>
internal sealed record ItemView(
    string Id,
    string Kind,
    string Title,
    string Session,
    string Date,
    string? Applicant,
    ImmutableArray<string> FormalVoteRequestedBy,
    int? Year,
    string? Documented);
