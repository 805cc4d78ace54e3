namespace IomSim.Reports.Charts;

/// <summary>How a hemicycle seats its members, left to right.</summary>
public enum SeatOrder
{
    /// <summary>By vote (yes, abstain, no, absent, not entitled), then by region: each vote reads as a wedge.</summary>
    ByVote,

    /// <summary>By UN regional group, then by name: the seats stay put whatever the votes, so a session can be stepped through.</summary>
    ByRegion,

    /// <summary>By political bloc (<see cref="SeatOrders.Blocs"/>), then by name: also fixed whatever the votes.</summary>
    ByBloc,
}
