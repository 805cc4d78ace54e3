using IomSim.Domain.World;
using IomSim.Estimation.Input;

namespace IomSim.Estimation.Classical;

/// <summary>Where a state's position comes from.</summary>
public enum PositionBasis
{
    /// <summary>Estimated from the state's UN General Assembly roll-call votes.</summary>
    RollCalls,

    /// <summary>The stated default, for a state without enough roll-call votes.</summary>
    Default,
}

/// <summary>One state's estimated (or default) position, as written to <c>seeds/positions.csv</c>.</summary>
/// <param name="Code">The state.</param>
/// <param name="Position">Alignment and rights, each in [−1, 1].</param>
/// <param name="Votes">How many informative roll calls the state voted on (0 when it has no record).</param>
/// <param name="Basis">Estimated or default.</param>
/// <param name="Note">Why a default was used; empty for estimated positions.</param>
public sealed record EstimatedPosition(StateCode Code, PolicyPosition Position, int Votes, PositionBasis Basis, string Note);

/// <summary>The positions of every state in <c>seeds/states.csv</c>, and the figures that describe the estimation.</summary>
public sealed class ClassicalEstimate
{
    internal ClassicalEstimate(IReadOnlyList<EstimatedPosition> positions, IdealPointEstimate scaling, PolicyPosition defaultPosition, int rollCallsRead)
    {
        Positions = positions;
        Scaling = scaling;
        DefaultPosition = defaultPosition;
        RollCallsRead = rollCallsRead;
    }

    /// <summary>One row per state of the states file, sorted by code.</summary>
    public IReadOnlyList<EstimatedPosition> Positions { get; }

    /// <summary>The scaling behind the estimated positions (keys are alpha-3 codes).</summary>
    public IdealPointEstimate Scaling { get; }

    /// <summary>The position given to states without enough votes: the centre of the scale, (0, 0).</summary>
    public PolicyPosition DefaultPosition { get; }

    /// <summary>How many roll calls the roll-calls file lists.</summary>
    public int RollCallsRead { get; }
}

/// <summary>
/// The whole estimation: maps the unvotes country codes to the project's states through <c>seeds/states.csv</c>,
/// builds the vote matrix, runs <see cref="IdealPoints"/>, and gives every state of the states file a position —
/// estimated, or the stated default.
/// </summary>
public static class ClassicalPositions
{
    /// <summary>The issue code of the human-rights roll calls in the unvotes issues file.</summary>
    public const string HumanRightsIssue = "hr";

    /// <summary>
    /// Codes the unvotes dataset uses that are not the state's ISO 3166-1 alpha-2 code today: it labels Serbia
    /// "Yugoslavia" with code YU (shared/reference/iom-facts.md, section 5). Applied only when the current code
    /// has no votes of its own.
    /// </summary>
    public static IReadOnlyDictionary<string, string> DatasetCodeAliases { get; } =
        new Dictionary<string, string>(StringComparer.Ordinal) { ["YU"] = "RS" };

    /// <summary>Estimates the positions of the states in <paramref name="states"/> from the roll calls.</summary>
    /// <exception cref="InputFileException">A vote's country code matches no state.</exception>
    /// <exception cref="EstimationException">The scaling cannot be done as asked.</exception>
    public static ClassicalEstimate Estimate(RollCallData data, IReadOnlyList<StateEntry> states, ClassicalOptions options)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(states);
        ArgumentNullException.ThrowIfNull(options);

        var byIso2 = states.ToDictionary(s => s.Iso2, s => s.Code, StringComparer.Ordinal);
        var codesVoting = data.Votes.Select(v => v.CountryCode).ToHashSet(StringComparer.Ordinal);
        var stateOf = new Dictionary<string, StateCode>(StringComparer.Ordinal);
        foreach (var vote in data.Votes)
        {
            if (stateOf.ContainsKey(vote.CountryCode))
            {
                continue;
            }

            var iso2 = vote.CountryCode;
            if (!byIso2.ContainsKey(iso2)
                && DatasetCodeAliases.TryGetValue(iso2, out var current)
                && !codesVoting.Contains(current))
            {
                iso2 = current;
            }

            if (!byIso2.TryGetValue(iso2, out var code))
            {
                throw new InputFileException(
                    data.VotesFile,
                    vote.Line,
                    "country_code",
                    $"'{vote.CountryCode}' matches no state's iso2 code in the states file: add the state to the states file, or map an old dataset code (as YU for Serbia) in ClassicalPositions.DatasetCodeAliases.");
            }

            stateOf.Add(vote.CountryCode, code);
        }

        var matrixStates = stateOf.Values.Distinct().Order().Select(c => c.Value).ToArray();
        if (matrixStates.Length != stateOf.Count)
        {
            var twice = stateOf.GroupBy(p => p.Value).First(g => g.Count() > 1);
            throw new InputFileException(
                data.VotesFile, 0, "country_code", $"codes {string.Join(" and ", twice.Select(p => p.Key))} both stand for {twice.Key}.");
        }

        var matrix = VoteMatrix.Create(
            matrixStates,
            data.RollCalls.Select(r => r.Rcid).ToArray(),
            data.Votes.Select(v => (stateOf[v.CountryCode].Value, v.Rcid, v.Choice)));
        var scaling = IdealPoints.Estimate(matrix, rcid => data.HasIssue(rcid, HumanRightsIssue), options);

        var points = scaling.Points.ToDictionary(p => p.State, StringComparer.Ordinal);
        var excluded = scaling.Excluded.ToDictionary(e => e.State, StringComparer.Ordinal);
        // No record, no evidence either way: the centre of both scales (see docs/positions.md for why not the median).
        var fallback = PolicyPosition.Centre;

        var positions = new List<EstimatedPosition>(states.Count);
        foreach (var state in states.OrderBy(s => s.Code))
        {
            if (points.TryGetValue(state.Code.Value, out var point))
            {
                positions.Add(new EstimatedPosition(state.Code, new PolicyPosition(point.Alignment, point.Rights), point.Votes, PositionBasis.RollCalls, string.Empty));
            }
            else if (excluded.TryGetValue(state.Code.Value, out var left))
            {
                positions.Add(new EstimatedPosition(state.Code, fallback, left.Votes, PositionBasis.Default, $"too few UNGA votes 2010-2017 ({left.Reason})"));
            }
            else
            {
                var why = state.UnMemberFrom is null ? "not a UN member" : "no vote recorded";
                positions.Add(new EstimatedPosition(state.Code, fallback, 0, PositionBasis.Default, $"no UNGA roll-call votes 2010-2017 ({why})"));
            }
        }

        return new ClassicalEstimate(positions, scaling, fallback, data.RollCalls.Count);
    }
}
