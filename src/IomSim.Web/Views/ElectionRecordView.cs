using System.Collections.Immutable;

namespace IomSim.Web.Views;

/// <summary>An election beside the record: the winner on record, how often each candidate won, and each documented round.</summary>
internal sealed record ElectionRecordView(
    string DocumentedWinner,
    double WinnerShare,
    ImmutableSortedDictionary<string, double> Winners,
    double MeanRounds,
    ImmutableArray<RoundRecordView> Rounds);
