namespace IomSim.Estimation.Classical;

/// <summary>The settings of <see cref="IdealPoints.Estimate"/>: minimum votes and the anchors that orient the dimensions.</summary>
public sealed record ClassicalOptions
{
    /// <summary>A state is scaled only if it voted on at least this many of the informative roll calls.</summary>
    public int MinVotes { get; init; } = 100;

    /// <summary>A state is scaled only if it voted on at least this many of the informative human-rights roll calls.</summary>
    public int MinRightsVotes { get; init; } = 25;

    /// <summary>
    /// Every pair of scaled states must share at least this many roll calls, in the whole set and in the human-rights
    /// set, for their agreement to be trusted; the state with fewer votes in a pair that falls short is dropped.
    /// </summary>
    public int MinSharedVotes { get; init; } = 30;

    /// <summary>The state placed on the positive side of the alignment dimension (the United States).</summary>
    public string AlignmentAnchor { get; init; } = "USA";

    /// <summary>The state placed on the positive side of the rights dimension (Sweden).</summary>
    public string RightsAnchor { get; init; } = "SWE";
}

/// <summary>One state's place on both dimensions: the raw scaling coordinates and the values scaled to [−1, 1].</summary>
/// <param name="State">The state's key (a row of the vote matrix).</param>
/// <param name="Alignment">Alignment, scaled to [−1, 1].</param>
/// <param name="Rights">Rights, scaled to [−1, 1].</param>
/// <param name="RawAlignment">The oriented first coordinate of the scaling of all informative roll calls.</param>
/// <param name="RawRights">The oriented first coordinate of the scaling of the human-rights roll calls.</param>
/// <param name="Votes">How many informative roll calls the state voted on.</param>
public sealed record IdealPoint(string State, double Alignment, double Rights, double RawAlignment, double RawRights, int Votes);

/// <summary>A state left out of the scaling, and why.</summary>
/// <param name="State">The state's key.</param>
/// <param name="Votes">How many informative roll calls it voted on.</param>
/// <param name="Reason">Why it was left out.</param>
public sealed record ExcludedState(string State, int Votes, string Reason);

/// <summary>What <see cref="IdealPoints.Estimate"/> found.</summary>
public sealed class IdealPointEstimate
{
    internal IdealPointEstimate(
        IReadOnlyList<IdealPoint> points,
        IReadOnlyList<ExcludedState> excluded,
        int rollCallsUsed,
        int rightsRollCallsUsed,
        ScalingResult alignmentScaling,
        ScalingResult rightsScaling,
        double correlation,
        (int All, int Rights) fewestShared)
    {
        FewestShared = fewestShared;
        Points = points;
        Excluded = excluded;
        RollCallsUsed = rollCallsUsed;
        RightsRollCallsUsed = rightsRollCallsUsed;
        AlignmentScaling = alignmentScaling;
        RightsScaling = rightsScaling;
        Correlation = correlation;
    }

    /// <summary>The scaled states, in the vote matrix's row order.</summary>
    public IReadOnlyList<IdealPoint> Points { get; }

    /// <summary>The states of the matrix that were not scaled.</summary>
    public IReadOnlyList<ExcludedState> Excluded { get; }

    /// <summary>How many roll calls the alignment dimension is scaled from (informative ones among the scaled states).</summary>
    public int RollCallsUsed { get; }

    /// <summary>How many human-rights roll calls the rights dimension is scaled from.</summary>
    public int RightsRollCallsUsed { get; }

    /// <summary>The scaling of all informative roll calls (two dimensions kept, for reporting the second).</summary>
    public ScalingResult AlignmentScaling { get; }

    /// <summary>The scaling of the human-rights roll calls (two dimensions kept, for reporting the second).</summary>
    public ScalingResult RightsScaling { get; }

    /// <summary>The fewest roll calls any two scaled states both voted on, in all informative roll calls and in the human-rights ones.</summary>
    public (int All, int Rights) FewestShared { get; }

    /// <summary>Pearson's correlation of alignment and rights over the scaled states.</summary>
    public double Correlation { get; }
}

/// <summary>
/// Ideal points on two dimensions from a vote matrix, by classical scaling of pairwise agreement.
/// <list type="number">
/// <item>Roll calls on which every voting state voted alike are dropped: they tell no one apart.</item>
/// <item>States with too few votes, or sharing too few roll calls with another state, are left out.</item>
/// <item>Alignment: the first dimension of the classical scaling of 1 − agreement over all informative roll calls.</item>
/// <item>Rights: the first dimension of the same scaling over the human-rights roll calls only.</item>
/// <item>Each dimension is oriented so that its anchor state is positive, then mapped linearly onto [−1, 1]:
/// x′ = 2 (x − min) / (max − min) − 1, so the lowest scaled state is −1 and the highest +1.</item>
/// </list>
/// Pure and deterministic: the same matrix and options give the same numbers.
/// </summary>
public static class IdealPoints
{
    /// <summary>Estimates the ideal points; <paramref name="isRightsRollCall"/> picks the human-rights roll calls by id.</summary>
    /// <exception cref="EstimationException">An anchor is not scaled, or a dimension cannot be scaled.</exception>
    public static IdealPointEstimate Estimate(VoteMatrix votes, Func<int, bool> isRightsRollCall, ClassicalOptions options)
    {
        ArgumentNullException.ThrowIfNull(votes);
        ArgumentNullException.ThrowIfNull(isRightsRollCall);
        ArgumentNullException.ThrowIfNull(options);

        var allStates = Enumerable.Range(0, votes.States.Count).ToArray();
        var informative = Enumerable.Range(0, votes.RollCalls.Count).Where(j => !votes.IsUnanimous(j)).ToArray();
        var all = votes.Select(allStates, informative);
        var rightsColumns = Enumerable.Range(0, all.RollCalls.Count).Where(j => isRightsRollCall(all.RollCalls[j])).ToArray();
        var rights = all.Select(allStates, rightsColumns);

        var excluded = new List<ExcludedState>();
        var kept = new List<int>();
        foreach (var i in allStates)
        {
            var cast = all.VotesCast(i);
            var rightsCast = rights.VotesCast(i);
            if (cast < options.MinVotes)
            {
                excluded.Add(new ExcludedState(all.States[i], cast, $"voted on {cast} informative roll calls, fewer than {options.MinVotes}"));
            }
            else if (rightsCast < options.MinRightsVotes)
            {
                excluded.Add(new ExcludedState(
                    all.States[i], cast, $"voted on {rightsCast} human-rights roll calls, fewer than {options.MinRightsVotes}"));
            }
            else
            {
                kept.Add(i);
            }
        }

        var fewestShared = DropPairsSharingTooLittle(all, rights, kept, excluded, options.MinSharedVotes);
        if (kept.Count < 3)
        {
            throw new EstimationException($"Only {kept.Count} states have enough votes to be scaled; at least 3 are needed.");
        }

        // Roll calls that became unanimous once states were left out no longer tell anyone apart.
        var keptAll = all.Select(kept, Enumerable.Range(0, all.RollCalls.Count).ToArray());
        keptAll = keptAll.Select(Enumerable.Range(0, kept.Count).ToArray(), Informative(keptAll));
        var keptRights = rights.Select(kept, Enumerable.Range(0, rights.RollCalls.Count).ToArray());
        keptRights = keptRights.Select(Enumerable.Range(0, kept.Count).ToArray(), Informative(keptRights));
        if (keptRights.RollCalls.Count == 0)
        {
            throw new EstimationException("No human-rights roll call divides the scaled states: the rights dimension cannot be scaled.");
        }

        var alignmentScaling = ClassicalScaling.Scale(Distances(keptAll), Math.Min(2, kept.Count));
        var rightsScaling = ClassicalScaling.Scale(Distances(keptRights), Math.Min(2, kept.Count));
        var rawAlignment = Orient(alignmentScaling.Dimension(0), keptAll.States, options.AlignmentAnchor, "alignment");
        var rawRights = Orient(rightsScaling.Dimension(0), keptRights.States, options.RightsAnchor, "rights");
        var alignment = ToUnitRange(rawAlignment, "alignment");
        var scaledRights = ToUnitRange(rawRights, "rights");

        var points = new IdealPoint[kept.Count];
        for (var k = 0; k < kept.Count; k++)
        {
            points[k] = new IdealPoint(
                keptAll.States[k], alignment[k], scaledRights[k], rawAlignment[k], rawRights[k], keptAll.VotesCast(k));
        }

        return new IdealPointEstimate(
            points,
            excluded.OrderBy(e => e.State, StringComparer.Ordinal).ToArray(),
            keptAll.RollCalls.Count,
            keptRights.RollCalls.Count,
            alignmentScaling,
            rightsScaling,
            Statistics.Correlation(alignment, scaledRights),
            fewestShared);
    }

    /// <summary>Distances 1 − agreement between every two rows of the matrix.</summary>
    internal static double[][] Distances(VoteMatrix votes)
    {
        var n = votes.States.Count;
        var distances = new double[n][];
        for (var i = 0; i < n; i++)
        {
            distances[i] = new double[n];
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var (agreement, _) = votes.Agreement(i, j);
                distances[i][j] = distances[j][i] = 1.0 - agreement;
            }
        }

        return distances;
    }

    /// <summary>Maps values linearly onto [−1, 1]: the lowest to −1, the highest to +1.</summary>
    internal static double[] ToUnitRange(IReadOnlyList<double> values, string dimension)
    {
        var min = values.Min();
        var max = values.Max();
        if (!(max > min))
        {
            throw new EstimationException($"Every scaled state has the same {dimension}: the dimension cannot be mapped onto [-1, 1].");
        }

        return values.Select(v => Math.Clamp((2.0 * (v - min) / (max - min)) - 1.0, -1.0, 1.0)).ToArray();
    }

    private static int[] Informative(VoteMatrix votes) =>
        Enumerable.Range(0, votes.RollCalls.Count).Where(j => !votes.IsUnanimous(j)).ToArray();

    private static double[] Orient(double[] values, IReadOnlyList<string> states, string anchor, string dimension)
    {
        var index = -1;
        for (var i = 0; i < states.Count; i++)
        {
            if (string.Equals(states[i], anchor, StringComparison.Ordinal))
            {
                index = i;
            }
        }

        if (index < 0)
        {
            throw new EstimationException($"The {dimension} anchor {anchor} is not among the scaled states, so the dimension cannot be oriented.");
        }

        if (values[index] == 0)
        {
            throw new EstimationException($"The {dimension} anchor {anchor} sits exactly at the centre, so the dimension cannot be oriented.");
        }

        return values[index] > 0 ? values : values.Select(v => -v).ToArray();
    }

    private static (int All, int Rights) DropPairsSharingTooLittle(
        VoteMatrix all, VoteMatrix rights, List<int> kept, List<ExcludedState> excluded, int minShared)
    {
        while (true)
        {
            var fewest = int.MaxValue;
            var fewestRights = int.MaxValue;
            // Count, for each kept state, the partners it shares too few roll calls with; drop the worst offender
            // (most short pairs, then fewest votes, then the code) and look again.
            var shortPairs = new int[kept.Count];
            for (var a = 0; a < kept.Count; a++)
            {
                for (var b = a + 1; b < kept.Count; b++)
                {
                    var (_, shared) = all.Agreement(kept[a], kept[b]);
                    var (_, sharedRights) = rights.Agreement(kept[a], kept[b]);
                    fewest = Math.Min(fewest, shared);
                    fewestRights = Math.Min(fewestRights, sharedRights);
                    if (shared < minShared || sharedRights < minShared)
                    {
                        shortPairs[a]++;
                        shortPairs[b]++;
                    }
                }
            }

            if (shortPairs.All(c => c == 0))
            {
                return (fewest, fewestRights);
            }

            var worst = Enumerable.Range(0, kept.Count)
                .OrderByDescending(k => shortPairs[k])
                .ThenBy(k => all.VotesCast(kept[k]))
                .ThenBy(k => all.States[kept[k]], StringComparer.Ordinal)
                .First();
            var state = kept[worst];
            excluded.Add(new ExcludedState(
                all.States[state],
                all.VotesCast(state),
                $"shares fewer than {minShared} roll calls with {shortPairs[worst]} other states"));
            kept.RemoveAt(worst);
        }
    }
}
