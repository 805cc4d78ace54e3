using System.Collections.Immutable;

namespace IomSim.Web.Views;

/// <summary>One member's seat in the chart: its vote (or leaning, without a formal vote), what weighed most, its groups and place on the alignment axis, and its vote on record.</summary>
internal sealed record SeatView(string Code, string Name, string Vote, string Reason, ImmutableArray<string> Groups, double Alignment, string? OnRecord);
