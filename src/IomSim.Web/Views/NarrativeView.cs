using System.Collections.Immutable;

namespace IomSim.Web.Views;

/// <summary>What happened to the item in the first run, in the order the narrative tells it.</summary>
internal sealed record NarrativeView(
    int Run,
    string Outcome,
    CountView? Tally,
    ImmutableArray<NamedStateView> Objectors,
    ImmutableArray<NamedStateView> RequestedVote,
    ImmutableArray<SeatView> Seats,
    ImmutableArray<string> Rounds)
{
    /// <summary>The council's hemicycle (the report's component), or null when no member has a say.</summary>
    public CouncilChartView? Council { get; init; }

    /// <summary>For an election, each round with its hemicycle.</summary>
    public ImmutableArray<BallotRoundView> Ballots { get; init; } = [];
}
