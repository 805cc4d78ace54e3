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

    /// <summary>
    /// Codes the unvotes dataset uses that are not the state's ISO 3166-1 alpha-2 code today: it labels Serbia
    /// "Yugoslavia" with code YU (shared/reference/iom-facts.md, section 5). Applied only when the current code
    /// has no votes of its own.
    /// </summary>
    public static IReadOnlyDictionary<string, string> DatasetCodeAliases { get; } =
        new Dictionary<string, string>(StringComparer.Ordinal) { ["YU"] = "RS" };

    /// <summary>The files as read.</summary>
    public RollCallData Data { get; }

    /// <summary>The states file's rows.</summary>
    public IReadOnlyList<StateEntry> States { get; }

    /// <summary>Every vote cast, with the state's alpha-3 code, in file order.</summary>
    public IReadOnlyList<(int Rcid, string State, VoteChoice Choice)> Votes { get; }

    /// <summary>Maps every vote's country code to a state of <paramref name="states"/>.</summary>
    /// <exception cref="InputFileException">A vote's country code matches no state, or two codes stand for one state.</exception>
    public static StateVotes Map(RollCallData data, IReadOnlyList<StateEntry> states)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(states);
        var byIso2 = states.ToDictionary(s => s.Iso2, s => s.Code.Value, StringComparer.Ordinal);
        var codesVoting = data.Votes.Select(v => v.CountryCode).ToHashSet(StringComparer.Ordinal);
        var stateOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var firstLine = new Dictionary<string, (string Code, long Line)>(StringComparer.Ordinal);
        var mapped = new List<(int, string, VoteChoice)>(data.Votes.Count);
        foreach (var vote in data.Votes)
        {
            if (!stateOf.TryGetValue(vote.CountryCode, out var state))
            {
                var iso2 = vote.CountryCode;
                if (!byIso2.ContainsKey(iso2) && DatasetCodeAliases.TryGetValue(iso2, out var current) && !codesVoting.Contains(current))
                {
                    iso2 = current;
                }

                if (!byIso2.TryGetValue(iso2, out var code))
                {
                    throw new InputFileException(
                        data.VotesFile,
                        vote.Line,
                        "country_code",
                        $"'{vote.CountryCode}' matches no state's iso2 code in the states file: add the state to the states file, or map an old dataset code (as YU for Serbia) in StateVotes.DatasetCodeAliases.");
                }

                if (firstLine.TryGetValue(code, out var other))
                {
                    throw new InputFileException(
                        data.VotesFile, vote.Line, "country_code", $"codes {other.Code} (line {other.Line}) and {vote.CountryCode} both stand for {code}.");
                }

                firstLine.Add(code, (vote.CountryCode, vote.Line));
                stateOf.Add(vote.CountryCode, code);
                state = code;
            }

            mapped.Add((vote.Rcid, state, vote.Choice));
        }

        return new StateVotes(data, states, mapped);
    }
}
