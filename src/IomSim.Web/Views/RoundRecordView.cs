using System.Collections.Immutable;

namespace IomSim.Web.Views;

/// <summary>One documented election round beside the simulated one; <c>error</c> is null when no run held the round.</summary>
internal sealed record RoundRecordView(
    int Number,
    string Source,
    ImmutableSortedDictionary<string, int> Documented,
    ImmutableSortedDictionary<string, double> Simulated,
    double ReachedShare,
    double? Error);
