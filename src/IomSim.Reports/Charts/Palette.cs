namespace IomSim.Reports.Charts;

/// <summary>
/// The report's colours: the Okabe–Ito palette, told apart with the common kinds of colour blindness and in grey
/// print; votes that mean "did not vote" are grey or hollow, so they also differ by more than hue.
/// </summary>
public static class Palette
{
    /// <summary>Votes in the order the report lists and seats them.</summary>
    public static IReadOnlyList<string> Votes { get; } = ["yes", "abstain", "no", "absent", "not-entitled"];

    /// <summary>The simulated series.</summary>
    public const string Simulated = "#0072B2";

    /// <summary>Series after the first (documented sources, outcomes, donors): distinct hues.</summary>
    public static IReadOnlyList<string> Series { get; } = ["#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];

    /// <summary>Neutral grey for the rest, axes and grouped items.</summary>
    public const string Neutral = "#999999";

    /// <summary>The fill of a vote's seat.</summary>
    public static string FillOf(string vote) => vote switch
    {
        "yes" => "#0072B2",
        "no" => "#D55E00",
        "abstain" => "#E69F00",
        "absent" => "#BBBBBB",
        _ => "#FFFFFF",
    };

    /// <summary>The outline of a vote's seat: only hollow seats (not entitled) need a visible one.</summary>
    public static string StrokeOf(string vote) => vote is "yes" or "no" or "abstain" or "absent" ? "none" : "#555555";

    /// <summary>The label of a vote in legends.</summary>
    public static string LabelOf(string vote) => vote == "not-entitled" ? "not entitled" : vote;

    /// <summary>
    /// The colour of an outcome, by what it means: adoptions in the blue of yes (lighter by consensus), rejections in
    /// the vermillion of no, acceptance green, anything else (elections, no quorum) the <paramref name="index"/>th series colour.
    /// </summary>
    public static string OutcomeColour(string outcome, int index)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome switch
        {
            "adopted-by-vote" => "#0072B2",
            "adopted-by-consensus" => "#56B4E9",
            "rejected-by-vote" => "#D55E00",
            "accepted" => "#009E73",
            "no-quorum" or "no-winner" or "nothing-to-accept" => Neutral,
            _ => SeriesAt(index),
        };
    }

    /// <summary>The fill of a seat while a session is stepped through, before its vote is shown: present, grey; absent, hollow.</summary>
    public const string Present = "#777777";

    /// <summary>The fill of members present but not (yet) singled out once objectors are shown.</summary>
    public const string Quiet = "#D0D0D0";

    /// <summary>The ink of the objector and requester marks: black, which no vote's fill uses.</summary>
    public const string Mark = "#000000";

    /// <summary>
    /// The <paramref name="index"/>th candidate's colour in an election, in nomination order: the series colours
    /// without vermillion, which stands for votes against a lone candidate.
    /// </summary>
    public static string CandidateAt(int index)
    {
        string[] colours = ["#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#F0E442", "#0072B2"];
        return colours[index % colours.Length];
    }

    /// <summary>The fill of a ballot that is not for a candidate: against (vermillion), blank (hollow), absent (grey).</summary>
    public static string BallotFill(string ballot) => ballot switch
    {
        "against" => "#D55E00",
        "absent" => "#BBBBBB",
        _ => "#FFFFFF",
    };

    /// <summary>The <paramref name="index"/>th series colour, cycling.</summary>
    public static string SeriesAt(int index) => Series[index % Series.Count];
}
