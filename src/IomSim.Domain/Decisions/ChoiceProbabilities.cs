namespace IomSim.Domain.Decisions;

/// <summary>The probabilities of a state's four choices on one item; they sum to 1.</summary>
/// <param name="Yes">Votes in favour.</param>
/// <param name="Abstain">Is present and abstains.</param>
/// <param name="No">Votes against.</param>
/// <param name="NotVoting">Records no vote (absent, or present and not voting).</param>
public readonly record struct ChoiceProbabilities(double Yes, double Abstain, double No, double NotVoting)
{
    /// <summary>The probability of <paramref name="choice"/>.</summary>
    public double Of(Vote choice) => choice switch
    {
        Vote.Yes => Yes,
        Vote.Abstain => Abstain,
        Vote.No => No,
        Vote.Absent => NotVoting,
        _ => throw new ArgumentOutOfRangeException(nameof(choice), choice, "Unknown vote."),
    };

    /// <summary>The most probable choice; ties go to yes, then no, then abstain, then not voting.</summary>
    public Vote MostLikely()
    {
        var best = (Vote.Yes, Yes);
        foreach (var (vote, p) in new[] { (Vote.No, No), (Vote.Abstain, Abstain), (Vote.Absent, NotVoting) })
        {
            if (p > best.Item2)
            {
                best = (vote, p);
            }
        }

        return best.Item1;
    }
}
