using IomSim.Domain.Procedure;
using IomSim.Engine.Results;

namespace IomSim.Cli.Rendering;

/// <summary>The tally's columns by name, in order: yes, no, abstain, absent, not entitled.</summary>
internal static class TallyColumns
{
    /// <summary>Each column's distribution over runs; <c>Key</c> is the JSON field name, <c>Label</c> the name for people.</summary>
    public static IEnumerable<(string Key, string Label, Distribution Value)> Of(TallySummary tally) =>
    [
        ("yes", "yes", tally.Yes),
        ("no", "no", tally.No),
        ("abstain", "abstain", tally.Abstain),
        ("absent", "absent", tally.Absent),
        ("not_entitled", "not entitled", tally.NotEntitled),
    ];

    /// <summary>One run's count as people read it: <c>112 yes, 2 no, 2 abstain, 57 absent, 0 not entitled</c>.</summary>
    public static string Spoken(Tally tally) =>
        $"{tally.Yes} yes, {tally.No} no, {tally.Abstain} abstain, {tally.Absent} absent, {tally.NotEntitled} not entitled";
}
