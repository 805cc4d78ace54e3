namespace IomSim.Estimation.Output;

/// <summary>
/// <c>seeds/roll-call-items.csv</c>: one row per fitted roll call, by date then rcid, with its fitted item parameters;
/// <c>issues</c> is a space-separated list of issue codes (may be empty).
/// </summary>
public static class RollCallItemsCsv
{
    /// <summary>The header row.</summary>
    public const string Header =
        "rcid,symbol,date,issues,title,description,discrimination1,discrimination2,lower_cut,upper_cut,yes,abstain,no,not_voting,source";
}
