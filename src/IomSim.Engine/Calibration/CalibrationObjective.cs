using System.Collections.Immutable;
using IomSim.Engine.Comparison;
using IomSim.Engine.Results;

namespace IomSim.Engine.Calibration;

/// <summary>
/// The objective the calibrator minimises, per documented item: <see cref="TallyWeight"/> × tally error / members +
/// <see cref="NamedVotesWeight"/> × (1 − share of named votes classified right) + <see cref="OutcomeWeight"/> × (1 −
/// outcome match); a term the record lacks is left out. Each term runs from 0 to about 1, so equal weights give each
/// kind of evidence an equal say. A named vote is classified right when the state's most frequent simulated vote is
/// the recorded one: the mean share of runs agreeing (what <c>compare</c> shows) would reward less noise whatever the
/// record, since a state that always votes its likeliest way agrees most often.
/// </summary>
public static class CalibrationObjective
{
    /// <summary>Weight of the tally error, in votes, divided by the number of members.</summary>
    public const double TallyWeight = 1.0;

    /// <summary>Weight of the share of named votes not reproduced.</summary>
    public const double NamedVotesWeight = 1.0;

    /// <summary>Weight of the share of runs without the recorded outcome.</summary>
    public const double OutcomeWeight = 1.0;

    /// <summary>Scores every documented item of <paramref name="result"/>, in timeline order.</summary>
    public static ImmutableArray<ItemScore> Score(ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var events = result.Events.ToDictionary(e => e.Id, StringComparer.Ordinal);
        return [.. ScenarioComparer.Compare(result).Select(c => Score(c, events[c.Id]))];
    }

    /// <summary>The mean objective of <paramref name="scores"/> (0 when there are none).</summary>
    public static double Mean(IEnumerable<ItemScore> scores)
    {
        var all = scores.ToArray();
        return all.Length == 0 ? 0 : all.Average(s => s.Objective);
    }

    /// <summary>The vote a state cast most often (ties: the first name in ordinal order), or null when it never appears.</summary>
    public static string? MostFrequentVote(EventResult result, string state)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.States.TryGetValue(state, out var votes)
            ? votes.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).First().Key
            : null;
    }

    private static ItemScore Score(EventComparison comparison, EventResult result)
    {
        var members = result.States.Count;
        double? tally = comparison.Sources.IsEmpty ? null : comparison.Sources.Average(s => s.TallyError);
        double? named = comparison.NamedVotes.IsEmpty
            ? null
            : comparison.NamedVotes.Average(n => MostFrequentVote(result, n.State) == n.Documented ? 1.0 : 0.0);
        var objective = (TallyWeight * (tally / Math.Max(members, 1) ?? 0))
            + (NamedVotesWeight * (1 - named ?? 0))
            + (OutcomeWeight * (1 - comparison.OutcomeMatch));
        var documented = result.Documented!;
        return new ItemScore(comparison.Id, documented.Id, documented.Date, tally, named, comparison.OutcomeMatch, members, objective);
    }
}
