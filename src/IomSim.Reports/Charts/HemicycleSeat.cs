namespace IomSim.Reports.Charts;

/// <summary>One member's seat in a hemicycle.</summary>
/// <param name="Code">The state's code.</param>
/// <param name="Name">Its name.</param>
/// <param name="Region">Its UN regional group (seats are ordered by it within a vote, or first when seated by region).</param>
/// <param name="Groups">Every group it belongs to that day, comma-separated, for the hover text and seating by bloc.</param>
/// <param name="Vote"><c>yes</c>, <c>no</c>, <c>abstain</c>, <c>absent</c> or <c>not-entitled</c>.</param>
/// <param name="Reason">What weighed most in its decision, when recorded.</param>
public sealed record HemicycleSeat(string Code, string Name, string Region, string Groups, string Vote, string? Reason)
{
    /// <summary>Whether it objected to consensus (a ring around the seat).</summary>
    public bool Objected { get; init; }

    /// <summary>Whether it asked for a formal vote (a dot in the seat).</summary>
    public bool RequestedVote { get; init; }

    /// <summary>Its vote on record (<c>yes</c>, <c>no</c>, <c>abstain</c>, <c>absent</c>), when the record names it.</summary>
    public string? OnRecord { get; init; }

    /// <summary>Whether it was in the room: every member but the absent ones (members in arrears sit without a vote).</summary>
    public bool Present => Vote != "absent";

    /// <summary>The political bloc it is seated in when seated by bloc: the first of <see cref="SeatOrders.Blocs"/> it belongs to, else <c>none</c>.</summary>
    public string Bloc => SeatOrders.BlocOf(Groups);
}
