namespace IomSim.Domain.World;

/// <summary>How a state is recorded in a documented vote.</summary>
public enum RecordedVote
{
    /// <summary>In favour.</summary>
    Yes,

    /// <summary>Against.</summary>
    No,

    /// <summary>Abstained.</summary>
    Abstain,

    /// <summary>Did not vote (absent, or present and not voting).</summary>
    NotVoting,
}
