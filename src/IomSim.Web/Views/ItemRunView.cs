using System.Collections.Immutable;

namespace IomSim.Web.Views;

/// <summary>One item over all runs (outcome shares, tally distribution), its first run step by step, and the record.</summary>
internal sealed record ItemRunView(
    string Id,
    string Kind,
    string Title,
    string? Applicant,
    int? Year,
    ImmutableSortedDictionary<string, double> Outcomes,
    double FormalVoteShare,
    TallyView Tally,
    NarrativeView Narrative,
    RecordView? Record);
