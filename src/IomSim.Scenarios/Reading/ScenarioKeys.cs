using System.Collections.Immutable;
using IomSim.Scenarios.Model;

namespace IomSim.Scenarios.Reading;

/// <summary>The keys each mapping of a scenario file may hold; <c>scenarios/schema.json</c> lists the same (a test checks).</summary>
internal static class ScenarioKeys
{
    // New keys go at the end of each list, so that the "expected one of" lists of existing messages keep their order.
    public static ImmutableArray<string> Root { get; } =
        ["id", "title", "description", "body", "runs", "seed", "world", "timeline", "baseline", "funding"];

    public static ImmutableArray<string> World { get; } = ["parameters", "calibrated", "positions", "relations", "behaviour", "parameters_from"];

    /// <summary>The keys of a calibration file that <c>world.parameters_from</c> includes.</summary>
    public static ImmutableArray<string> ParametersFile { get; } = ["calibration", "parameters", "behaviour"];

    /// <summary>The key of <c>world.behaviour</c> that sets every state's behaviour.</summary>
    public const string EveryState = "*";

    public static ImmutableArray<string> Position { get; } = ["alignment", "rights"];

    public static ImmutableArray<string> Relation { get; } = ["from", "to", "weight"];

    public static ImmutableArray<string> Behaviour { get; } = ["consensus_break_propensity", "abstention_band", "attendance", "assessed_payment"];

    public static ImmutableArray<string> Session { get; } = ["session", "date", "items"];

    public static ImmutableArray<string> Item { get; } =
        ["id", "kind", "title", "applicant", "position", "formal_vote_requested_by", "candidates", "documented", "year",
            "placed_by", "turnout", "withdrawals", "trailer_withdraws_below", "lone_candidate", "weights"];

    /// <summary>The keys of <c>placed_by</c>, of which it holds exactly one.</summary>
    public static ImmutableArray<string> PlacedBy { get; } = ["roll_calls", "issue"];

    public static ImmutableArray<string> Turnout { get; } = ["taking_part", "source"];

    public static ImmutableArray<string> Candidate { get; } = ["name", "nominator", "position", "incumbent", "deputy_director_general", "endorsements"];

    /// <summary>A documented attribute of a candidate (<c>incumbent</c>, <c>deputy_director_general</c>).</summary>
    public static ImmutableArray<string> CandidateFact { get; } = ["value", "as_of", "source", "basis"];

    public static ImmutableArray<string> Endorsement { get; } = ["by", "as_of", "source", "basis"];

    public static ImmutableArray<string> Withdrawal { get; } = ["candidate", "after_round", "source"];

    public static ImmutableArray<string> ElectionWeights { get; } = ["same_region", "donor_standing", "incumbent", "serving_deputy", "endorsed", "own_candidate"];

    public static ImmutableArray<string> Funding { get; } = ["pledge_noise", "overhead_rate", "minimum_coverage_to_start", "donors"];

    public static ImmutableArray<string> DonorChange { get; } = ["donor", "scale", "match", "factor", "pool", "into", "from", "to"];

    /// <summary>The keys of which a donor change holds exactly one, saying which change it is; in the order of <see cref="DonorChangeKind"/>.</summary>
    public static ImmutableArray<string> DonorChangeKinds { get; } = ["scale", "match", "pool"];

    /// <summary>The item keys that apply to <paramref name="kind"/>.</summary>
    public static ImmutableArray<string> ItemKeysFor(AgendaKind kind) => kind switch
    {
        AgendaKind.Admission => ["id", "kind", "title", "applicant", "position", "formal_vote_requested_by", "documented", "turnout"],
        AgendaKind.Acceptance => ["id", "kind", "title", "applicant", "documented"],
        AgendaKind.Budget => ["id", "kind", "title", "position", "formal_vote_requested_by", "documented", "year", "placed_by", "turnout"],
        AgendaKind.Decision => ["id", "kind", "title", "position", "formal_vote_requested_by", "documented", "placed_by", "turnout"],
        AgendaKind.Election => ["id", "kind", "title", "candidates", "documented", "withdrawals", "trailer_withdraws_below", "lone_candidate", "weights"],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown agenda kind."),
    };

    /// <summary>The keys a donor change of <paramref name="kind"/> may hold.</summary>
    public static ImmutableArray<string> DonorChangeKeysFor(DonorChangeKind kind) => kind switch
    {
        DonorChangeKind.Scale => ["donor", "scale", "from", "to"],
        DonorChangeKind.MatchAssessedShare => ["donor", "match", "factor", "from", "to"],
        DonorChangeKind.Pool => ["pool", "into", "from", "to"],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown donor change."),
    };
}
