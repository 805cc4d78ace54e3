using IomSim.Domain.Procedure;

namespace IomSim.Engine;

/// <summary>The names outcomes and votes have in results, JSON and the results store.</summary>
public static class OutcomeNames
{
    /// <summary>An acceptance that made an approved admission effective.</summary>
    public const string Accepted = "accepted";

    /// <summary>An acceptance with no approved application to accept (the admission failed in this run).</summary>
    public const string NothingToAccept = "nothing-to-accept";

    /// <summary>An election that ended without a winner.</summary>
    public const string NoWinner = "no-winner";

    /// <summary>The kebab-case name of an agenda item's outcome.</summary>
    public static string Of(ItemOutcome outcome) => outcome switch
    {
        ItemOutcome.AdoptedByConsensus => "adopted-by-consensus",
        ItemOutcome.AdoptedByVote => "adopted-by-vote",
        ItemOutcome.RejectedByVote => "rejected-by-vote",
        ItemOutcome.NoQuorum => "no-quorum",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown outcome."),
    };

    /// <summary>The outcome of an election won by <paramref name="candidate"/>.</summary>
    public static string Elected(string candidate) => $"elected:{candidate}";

    /// <summary>Whether an outcome name means the motion was adopted, by consensus or by vote.</summary>
    public static bool IsAdopted(string outcome) => outcome is "adopted-by-consensus" or "adopted-by-vote";

    /// <summary>The kebab-case name of a vote.</summary>
    public static string Of(Domain.Decisions.Vote vote) => vote switch
    {
        Domain.Decisions.Vote.Yes => "yes",
        Domain.Decisions.Vote.No => "no",
        Domain.Decisions.Vote.Abstain => "abstain",
        Domain.Decisions.Vote.Absent => "absent",
        Domain.Decisions.Vote.NotEntitled => "not-entitled",
        _ => throw new ArgumentOutOfRangeException(nameof(vote), vote, "Unknown vote."),
    };
}
