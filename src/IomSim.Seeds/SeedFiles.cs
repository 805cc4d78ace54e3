namespace IomSim.Seeds;

/// <summary>The files of the seeds folder, and how errors name them.</summary>
public static class SeedFiles
{
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

    /// <summary>Estimated positions (produced by the position-estimation tool; optional).</summary>
    public const string Positions = "positions.csv";

    /// <summary>How errors name a file of the seeds folder: <c>seeds/NAME</c>.</summary>
    public static string Display(string fileName) => $"seeds/{fileName}";
}
