using IomSim.Domain.Decisions;

namespace IomSim.Domain.Procedure;

/// <summary>The count of a formal vote; every member of the body is in exactly one column.</summary>
/// <param name="Yes">Votes in favour.</param>
/// <param name="No">Votes against.</param>
/// <param name="Abstain">Present, abstaining.</param>
/// <param name="Absent">Not present.</param>
/// <param name="NotEntitled">Present without the right to vote (arrears).</param>
public readonly record struct Tally(int Yes, int No, int Abstain, int Absent, int NotEntitled)
{
    /// <summary>All members of the body.</summary>
    public int Members => Yes + No + Abstain + Absent + NotEntitled;

    /// <summary>Members present and voting: votes cast, abstentions excluded (Constitution Art. 29).</summary>
    public int PresentAndVoting => Yes + No;

    /// <summary>Members who took part in the vote: those who voted or abstained.</summary>
    public int TakingPart => Yes + No + Abstain;

    /// <summary>Counts a set of votes.</summary>
    public static Tally Of(IEnumerable<Vote> votes)
    {
        ArgumentNullException.ThrowIfNull(votes);
        return votes is Vote[] array ? Of(array.AsSpan()) : Of([.. votes]);
    }

    /// <summary>Counts a set of votes held in an array (each item's vote, without an enumerator).</summary>
    public static Tally Of(ReadOnlySpan<Vote> votes)
    {
        int yes = 0, no = 0, abstain = 0, absent = 0, notEntitled = 0;
        foreach (var vote in votes)
        {
            switch (vote)
            {
                case Vote.Yes: yes++; break;
                case Vote.No: no++; break;
                case Vote.Abstain: abstain++; break;
                case Vote.Absent: absent++; break;
                case Vote.NotEntitled: notEntitled++; break;
                default: throw new ArgumentOutOfRangeException(nameof(votes), vote, "Unknown vote.");
            }
        }

        return new Tally(yes, no, abstain, absent, notEntitled);
    }

    /// <summary>The tally as <c>yes-no-abstain (absent, not entitled)</c>.</summary>
    public override string ToString() => $"{Yes}-{No}-{Abstain} ({Absent} absent, {NotEntitled} not entitled)";
}
