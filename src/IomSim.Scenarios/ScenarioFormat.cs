using System.Collections.Immutable;
using IomSim.Scenarios.Model;

namespace IomSim.Scenarios;

/// <summary>The scenario file format's limits and names (see <c>docs/scenarios.md</c> and <c>scenarios/schema.json</c>).</summary>
public static class ScenarioFormat
{
    /// <summary>Largest scenario file read, in bytes (1 MB): larger files are refused before parsing.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    /// <summary>Deepest nesting of mappings and lists accepted.</summary>
    public const int MaxNestingDepth = 32;

    /// <summary>Largest number of runs a scenario may ask for.</summary>
    public const int MaxRuns = 1_000_000;

    /// <summary>
    /// Most entries in <c>funding.donors</c>: a change per contributor for a few periods fits well within it, and a
    /// bound keeps the per-entry overlap checks small.
    /// </summary>
    public const int MaxDonorChanges = 1_000;

    /// <summary>Earliest date accepted anywhere in a scenario (the year IOM's predecessor was founded).</summary>
    public static DateOnly EarliestDate { get; } = new(1951, 1, 1);

    /// <summary>Latest date accepted anywhere in a scenario.</summary>
    public static DateOnly LatestDate { get; } = new(2100, 12, 31);

    /// <summary>The agenda kinds as written in files, in the order of <see cref="AgendaKind"/>.</summary>
    public static ImmutableArray<string> KindNames { get; } = ["admission", "budget", "decision", "election", "acceptance"];

    /// <summary>The voting bodies as written in files, in the order of <see cref="VotingBody"/>.</summary>
    public static ImmutableArray<string> BodyNames { get; } = ["iom-council", "unga"];

    /// <summary>The name of <paramref name="kind"/> in files and outputs (<c>admission</c>).</summary>
    public static string KindName(AgendaKind kind) => KindNames[(int)kind];

    /// <summary>The name of <paramref name="body"/> in files and outputs (<c>iom-council</c>).</summary>
    public static string BodyName(VotingBody body) => BodyNames[(int)body];

    /// <summary>Reads an agenda kind's name (exact, lower case).</summary>
    public static bool TryParseKind(string? text, out AgendaKind kind)
    {
        var index = text is null ? -1 : KindNames.IndexOf(text);
        kind = index < 0 ? default : (AgendaKind)index;
        return index >= 0;
    }

    /// <summary>Reads a voting body's name (exact, lower case).</summary>
    public static bool TryParseBody(string? text, out VotingBody body)
    {
        var index = text is null ? -1 : BodyNames.IndexOf(text);
        body = index < 0 ? default : (VotingBody)index;
        return index >= 0;
    }
}
