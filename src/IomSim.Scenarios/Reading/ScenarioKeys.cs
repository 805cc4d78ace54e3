using System.Collections.Immutable;
using IomSim.Scenarios.Model;

namespace IomSim.Scenarios.Reading;

/// <summary>The keys each mapping of a scenario file may hold; <c>scenarios/schema.json</c> lists the same (a test checks).</summary>
internal static class ScenarioKeys
{
    public static ImmutableArray<string> Root { get; } = ["id", "title", "description", "body", "runs", "seed", "world", "timeline"];

    public static ImmutableArray<string> World { get; } = ["parameters", "calibrated", "positions", "relations", "behaviour"];

    public static ImmutableArray<string> Position { get; } = ["alignment", "rights"];

    public static ImmutableArray<string> Relation { get; } = ["from", "to", "weight"];

    public static ImmutableArray<string> Behaviour { get; } = ["consensus_break_propensity", "abstention_band", "attendance"];

    public static ImmutableArray<string> Session { get; } = ["session", "date", "items"];

    public static ImmutableArray<string> Item { get; } =
        ["id", "kind", "title", "applicant", "position", "formal_vote_requested_by", "candidates", "documented"];

    public static ImmutableArray<string> Candidate { get; } = ["name", "nominator", "position"];

    /// <summary>The item keys that apply to <paramref name="kind"/>.</summary>
    public static ImmutableArray<string> ItemKeysFor(AgendaKind kind) => kind switch
    {
        AgendaKind.Admission => ["id", "kind", "title", "applicant", "position", "formal_vote_requested_by", "documented"],
        AgendaKind.Acceptance => ["id", "kind", "title", "applicant", "documented"],
        AgendaKind.Budget or AgendaKind.Decision => ["id", "kind", "title", "position", "formal_vote_requested_by", "documented"],
        AgendaKind.Election => ["id", "kind", "title", "candidates", "documented"],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown agenda kind."),
    };
}
