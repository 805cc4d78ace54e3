namespace IomSim.Reports.Charts;

/// <summary>The groups seats are ordered by, in their left-to-right order.</summary>
public static class SeatOrders
{
    /// <summary>The UN regional groups, left to right.</summary>
    public static IReadOnlyList<string> Regions { get; } = ["UN-African", "UN-Asia-Pacific", "UN-Eastern-European", "UN-GRULAC", "UN-WEOG"];

    /// <summary>
    /// Political blocs, left to right; a member in several sits in the first it belongs to (the EU before NATO, NATO
    /// before the OECD's donors, the smaller regional blocs before the G77), so each member has one seat.
    /// </summary>
    public static IReadOnlyList<string> Blocs { get; } = ["EU", "NATO", "OECD-DAC", "CIS", "ASEAN", "AU", "G77"];

    /// <summary>The label of members in none of the groups.</summary>
    public const string None = "none";

    /// <summary>The bloc a member of <paramref name="groups"/> (comma-separated) sits in.</summary>
    public static string BlocOf(string groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var mine = groups.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return Blocs.FirstOrDefault(b => mine.Contains(b, StringComparer.Ordinal)) ?? None;
    }

    /// <summary>The group a seat sits in under <paramref name="order"/> (its region for <see cref="SeatOrder.ByVote"/>).</summary>
    public static string GroupOf(HemicycleSeat seat, SeatOrder order)
    {
        ArgumentNullException.ThrowIfNull(seat);
        var group = order == SeatOrder.ByBloc ? seat.Bloc : seat.Region;
        return group.Length == 0 ? None : group;
    }

    /// <summary>The rank of a group left to right; unknown groups after the known ones, <c>none</c> last.</summary>
    public static int RankOf(string group, SeatOrder order)
    {
        var known = order == SeatOrder.ByBloc ? Blocs : Regions;
        var rank = known.ToList().IndexOf(group);
        return rank >= 0 ? rank : group == None ? known.Count + 1 : known.Count;
    }

    /// <summary>A group's name for people: <c>UN-Asia-Pacific</c> → <c>Asia-Pacific</c>.</summary>
    public static string Spoken(string group) => group.StartsWith("UN-", StringComparison.Ordinal) ? group[3..] : group;
}
