namespace IomSim.Seeds;

/// <summary>The files of the seeds folder, and how errors name them.</summary>
public static class SeedFiles
{
    /// <summary>Largest seed file read, in bytes (16 MB; the largest shipped file is under 0.5 MB).</summary>
    public const int MaxFileBytes = 16 * 1024 * 1024;

    /// <summary>Deepest nesting of mappings and lists in a seed YAML file, as in scenario files.</summary>
    public const int MaxNestingDepth = 32;

    /// <summary>States: codes, names, UN membership.</summary>
    public const string States = "states.csv";

    /// <summary>IOM membership and observer spells.</summary>
    public const string Membership = "iom-membership.csv";

    /// <summary>The seed paper's list of UN members outside IOM in 2016.</summary>
    public const string NonMembers2016 = "non-members-2016.csv";

    /// <summary>Group membership spells.</summary>
    public const string Groups = "groups.csv";

    /// <summary>Documented pairwise relations.</summary>
    public const string Relations = "relations.csv";

    /// <summary>Behaviour parameters.</summary>
    public const string Behaviour = "behaviour.csv";

    /// <summary>Documented outcomes and membership milestones.</summary>
    public const string DocumentedOutcomes = "documented-outcomes.yaml";

    /// <summary>Recorded contributions by year and donor (UN CEB, written by tools/IomSim.ImportContributions).</summary>
    public const string Contributions = "contributions.csv";

    /// <summary>Budget years: revenue, the Administrative Part, the exchange rate and the appeal total.</summary>
    public const string FundingYears = "funding-years.csv";

    /// <summary>What the largest donors prefer to fund, by theme and region.</summary>
    public const string DonorPriorities = "donor-priorities.csv";

    /// <summary>How a year's appeal total splits into projects.</summary>
    public const string AppealPlan = "appeal-plan.csv";

    /// <summary>Documented funding figures to compare with.</summary>
    public const string DocumentedFunding = "documented-funding.yaml";

    /// <summary>Estimated positions (produced by the position-estimation tool; optional).</summary>
    public const string Positions = "positions.csv";

    /// <summary>Each state's habits of not voting and abstaining, by issue, from the UN roll calls (optional).</summary>
    public const string VoteHabits = "vote-habits.csv";

    /// <summary>The four-choice model's weights fitted on the roll calls (optional).</summary>
    public const string VoteChoice = "vote-choice.csv";

    /// <summary>The fitted item parameters of every UN roll call, for placing motions (optional).</summary>
    public const string RollCallItems = "roll-call-items.csv";

    /// <summary>How errors name a file of the seeds folder: <c>seeds/NAME</c>.</summary>
    public static string Display(string fileName) => $"seeds/{fileName}";
}
