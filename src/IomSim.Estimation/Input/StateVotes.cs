namespace IomSim.Estimation.Input;

/// <summary>
/// The roll calls with every vote mapped to a state of <c>seeds/states.csv</c>, and each state's UN membership, so
/// that non-participation can be counted over the roll calls held while the state was a member.
/// </summary>
public sealed class StateVotes
{
    /// <summary>Holds data already mapped.</summary>
    public StateVotes(RollCallData data, IReadOnlyList<StateEntry> states, IReadOnlyList<(int Rcid, string State, VoteChoice Choice)> votes)
    {
        Data = data;
        States = states;
        Votes = votes;
    }

    /// <summary>The files as read.</summary>
    public RollCallData Data { get; }

    /// <summary>The states file's rows.</summary>
    public IReadOnlyList<StateEntry> States { get; }

    /// <summary>Every vote cast, with the state's alpha-3 code, in file order.</summary>
    public IReadOnlyList<(int Rcid, string State, VoteChoice Choice)> Votes { get; }
}
