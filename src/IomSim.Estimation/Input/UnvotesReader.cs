namespace IomSim.Estimation.Input;

/// <summary>
/// Reads the unvotes extract in <c>shared/reference</c>: roll calls, votes (a state that did not vote has no row)
/// and issue codes. Every field is read as text and checked; any bad field is an <see cref="InputFileException"/>.
/// </summary>
public static class UnvotesReader
{
    /// <summary>The roll-calls file's name in the reference folder.</summary>
    public const string RollCallsFileName = "unga-roll-calls-2010-2017.csv";

    /// <summary>The votes file's name in the reference folder.</summary>
    public const string VotesFileName = "unga-votes-2010-2017.csv";

    /// <summary>The issues file's name in the reference folder.</summary>
    public const string IssuesFileName = "unga-roll-call-issues-2010-2017.csv";

    private static readonly string[] s_rollCallColumns = ["rcid", "session", "date", "short"];
    private static readonly string[] s_voteColumns = ["rcid", "country_code", "vote"];
    private static readonly string[] s_issueColumns = ["rcid", "short_name"];

    /// <summary>Reads the three files from a folder.</summary>
    public static RollCallData ReadFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new InputFileException(folder, 0, null, "the reference folder does not exist.");
        }

        var rollCallsFile = Path.Combine(folder, RollCallsFileName);
        var votesFile = Path.Combine(folder, VotesFileName);
        var issuesFile = Path.Combine(folder, IssuesFileName);
        return Parse(
            CsvTable.ReadFile(rollCallsFile, s_rollCallColumns),
            CsvTable.ReadFile(votesFile, s_voteColumns),
            CsvTable.ReadFile(issuesFile, s_issueColumns),
            votesFile);
    }

    /// <summary>
    /// Reads the files given one by one: the issues file is optional (null: no roll call has an issue code, and all
    /// are predicted on the general dimensions).
    /// </summary>
    public static RollCallData ReadFiles(string rollCallsFile, string votesFile, string? issuesFile) =>
        Parse(
            CsvTable.ReadFile(rollCallsFile, s_rollCallColumns),
            CsvTable.ReadFile(votesFile, s_voteColumns),
            issuesFile is null ? [] : CsvTable.ReadFile(issuesFile, s_issueColumns),
            votesFile);

    /// <summary>Reads the three files from text (for tests); the names label errors.</summary>
    public static RollCallData Read(
        TextReader rollCalls, string rollCallsName, TextReader votes, string votesName, TextReader issues, string issuesName) =>
        Parse(
            CsvTable.Read(rollCalls, rollCallsName, s_rollCallColumns),
            CsvTable.Read(votes, votesName, s_voteColumns),
            CsvTable.Read(issues, issuesName, s_issueColumns),
            votesName);

    // The unvotes symbol column is "unres"; "NA" (the dataset's missing value) and empty mean no symbol.
    private static string Symbol(CsvRow row)
    {
        var text = row.Optional("unres").Trim();
        return text is "NA" ? string.Empty : text;
    }

    private static RollCallData Parse(
        IReadOnlyList<CsvRow> rollCallRows, IReadOnlyList<CsvRow> voteRows, IReadOnlyList<CsvRow> issueRows, string votesFile)
    {
        var rollCalls = new List<RollCall>(rollCallRows.Count);
        var known = new HashSet<int>();
        foreach (var row in rollCallRows)
        {
            var rcid = row.Integer("rcid");
            if (!known.Add(rcid))
            {
                throw row.Error("rcid", $"roll call {rcid} appears twice.");
            }

            rollCalls.Add(new RollCall(rcid, row.Integer("session"), row.Date("date"), row["short"], Symbol(row), row.Optional("descr")));
        }

        var votes = new List<CastVote>(voteRows.Count);
        var seen = new HashSet<(int, string)>();
        foreach (var row in voteRows)
        {
            var rcid = row.Integer("rcid");
            if (!known.Contains(rcid))
            {
                throw row.Error("rcid", $"roll call {rcid} is not in the roll-calls file.");
            }

            var code = row["country_code"];
            if (code.Length != 2 || !code.All(char.IsAsciiLetterUpper))
            {
                throw row.Error(
                    "country_code", $"'{code}' is not an ISO 3166-1 alpha-2 code (two capital letters; Namibia is \"NA\").");
            }

            if (!seen.Add((rcid, code)))
            {
                throw row.Error("country_code", $"{code} has a second vote on roll call {rcid}.");
            }

            var choice = row["vote"] switch
            {
                "yes" => VoteChoice.Yes,
                "abstain" => VoteChoice.Abstain,
                "no" => VoteChoice.No,
                var other => throw row.Error("vote", $"'{other}' is not a vote: expected yes, no or abstain."),
            };
            votes.Add(new CastVote(rcid, code, choice, row.Line));
        }

        var issues = new Dictionary<int, HashSet<string>>();
        foreach (var row in issueRows)
        {
            var rcid = row.Integer("rcid");
            if (!known.Contains(rcid))
            {
                throw row.Error("rcid", $"roll call {rcid} is not in the roll-calls file.");
            }

            var issue = row["short_name"];
            if (issue.Length == 0)
            {
                throw row.Error("short_name", "the issue code is empty.");
            }

            if (!issues.TryGetValue(rcid, out var codes))
            {
                codes = new HashSet<string>(StringComparer.Ordinal);
                issues.Add(rcid, codes);
            }

            codes.Add(issue);
        }

        return new RollCallData(
            votesFile,
            rollCalls,
            votes,
            issues.ToDictionary(pair => pair.Key, pair => (IReadOnlySet<string>)pair.Value));
    }
}
