namespace IomSim.Estimation.Backtest;

/// <summary>The four outcomes scored, in the order of every array indexed by them.</summary>
public enum Choice
{
    /// <summary>Voted yes.</summary>
    Yes = 0,

    /// <summary>Voted no.</summary>
    No = 1,

    /// <summary>Abstained.</summary>
    Abstain = 2,

    /// <summary>A UN member that day that recorded no vote.</summary>
    NotVoting = 3,
}
