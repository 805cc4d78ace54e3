using IomSim.Estimation.Input;

namespace IomSim.Estimation.IdealPointModel;

/// <summary>
/// The votes a fit uses, as flat arrays: the roll calls dated up to the training cut that divide the states, the
/// states with enough votes on them, and one entry per vote cast (category 0 no, 1 abstain, 2 yes).
/// </summary>
internal sealed class VoteTable
{
    public const byte No = 0;
    public const byte Abstain = 1;
    public const byte Yes = 2;

    private VoteTable(
        string[] states,
        RollCall[] items,
        int[][] itemIssueDimensions,
        int[] observationState,
        int[] observationItem,
        byte[] observationCategory,
        List<(string Code, int Votes, string Reason)> excluded)
    {
        States = states;
        Items = items;
        ItemIssueDimensions = itemIssueDimensions;
        ObservationState = observationState;
        ObservationItem = observationItem;
        ObservationCategory = observationCategory;
        Excluded = excluded;
        VotesByState = new int[states.Length];
        foreach (var s in observationState)
        {
            VotesByState[s]++;
        }
    }

    /// <summary>The fitted states' codes, sorted.</summary>
    public string[] States { get; }

    /// <summary>The fitted roll calls, by date then rcid.</summary>
    public RollCall[] Items { get; }

    /// <summary>For each item, the indices (into the options' issue dimensions) of the issue dimensions it loads on.</summary>
    public int[][] ItemIssueDimensions { get; }

    public int[] ObservationState { get; }

    public int[] ObservationItem { get; }

    public byte[] ObservationCategory { get; }

    public int[] VotesByState { get; }

    public List<(string Code, int Votes, string Reason)> Excluded { get; }

    public int Count => ObservationState.Length;

    public static byte Category(VoteChoice choice) => choice switch
    {
        VoteChoice.No => No,
        VoteChoice.Abstain => Abstain,
        _ => Yes,
    };

    /// <summary>
    /// Selects the roll calls and states to fit: roll calls dated up to the cut on which not every voter voted alike,
    /// states with at least the minimum of votes on them; then drops roll calls that became unanimous.
    /// </summary>
    public static VoteTable Build(StateVotes votes, IdealPointOptions options)
    {
        var data = votes.Data;
        var inWindow = data.RollCalls
            .Where(r => options.TrainUntil is not { } cut || r.Date <= cut)
            .ToDictionary(r => r.Rcid);
        var byItem = votes.Votes.Where(v => inWindow.ContainsKey(v.Rcid)).GroupBy(v => v.Rcid).ToDictionary(g => g.Key, g => g.ToArray());
        var divides = byItem.Where(p => p.Value.Select(v => v.Choice).Distinct().Count() > 1).Select(p => p.Key).ToHashSet();

        var castOn = votes.Votes.Where(v => divides.Contains(v.Rcid)).GroupBy(v => v.State).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var excluded = new List<(string, int, string)>();
        var kept = new List<string>();
        foreach (var state in votes.Votes.Select(v => v.State).Distinct().Order(StringComparer.Ordinal))
        {
            var cast = castOn.GetValueOrDefault(state);
            if (cast < options.MinVotes)
            {
                excluded.Add((state, cast, $"voted on {cast} of the roll calls fitted, fewer than {options.MinVotes}"));
            }
            else
            {
                kept.Add(state);
            }
        }

        var keptSet = kept.ToHashSet(StringComparer.Ordinal);
        var items = divides
            .Where(rcid => byItem[rcid].Where(v => keptSet.Contains(v.State)).Select(v => v.Choice).Distinct().Count() > 1)
            .Select(rcid => inWindow[rcid])
            .OrderBy(r => r.Date).ThenBy(r => r.Rcid)
            .ToArray();
        if (kept.Count < 3 || items.Length < 3)
        {
            throw new EstimationException(
                $"Only {kept.Count} states and {items.Length} dividing roll calls to fit (at least 3 of each are needed): check the files and --train-until.");
        }

        var stateIndex = kept.Select((s, i) => (s, i)).ToDictionary(p => p.s, p => p.i, StringComparer.Ordinal);
        var itemIndex = items.Select((r, i) => (r.Rcid, i)).ToDictionary(p => p.Rcid, p => p.i);
        var issueDimensions = items
            .Select(r => options.IssueDimensions.Select((code, k) => (code, k)).Where(p => data.HasIssue(r.Rcid, p.code)).Select(p => p.k).ToArray())
            .ToArray();

        var observations = votes.Votes
            .Where(v => itemIndex.ContainsKey(v.Rcid) && stateIndex.ContainsKey(v.State))
            .Select(v => (State: stateIndex[v.State], Item: itemIndex[v.Rcid], Category: Category(v.Choice)))
            .OrderBy(o => o.Item).ThenBy(o => o.State)
            .ToArray();
        return new VoteTable(
            [.. kept],
            items,
            issueDimensions,
            [.. observations.Select(o => o.State)],
            [.. observations.Select(o => o.Item)],
            [.. observations.Select(o => o.Category)],
            excluded);
    }
}
