using IomSim.Domain.World;

namespace IomSim.Cli.Rendering;

/// <summary>The names values have in every output (kebab case, as in the seeds and the engine's results).</summary>
internal static class Names
{
    /// <summary>The tally columns, in order, with their names in results.</summary>
    public static readonly string[] TallyColumns = ["yes", "no", "abstain", "absent", "not-entitled"];

    /// <summary>A recorded vote as the seeds write it (<c>not-voting</c>).</summary>
    public static string Recorded(RecordedVote vote) => vote switch
    {
        RecordedVote.Yes => "yes",
        RecordedVote.No => "no",
        RecordedVote.Abstain => "abstain",
        RecordedVote.NotVoting => "not-voting",
        _ => throw new ArgumentOutOfRangeException(nameof(vote), vote, "Unknown recorded vote."),
    };

    /// <summary>A recorded vote as simulated votes name it (not voting is absence).</summary>
    public static string Of(RecordedVote vote) => vote == RecordedVote.NotVoting ? "absent" : Recorded(vote);

    /// <summary>An outcome name for people: <c>adopted-by-vote</c> → <c>adopted by vote</c>, <c>elected:X</c> → <c>X elected</c>.</summary>
    public static string Spoken(string outcome) => Engine.Elections.OutcomeWords.Of(outcome);
}
