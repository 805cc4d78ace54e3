using IomSim.Domain.Procedure;

namespace IomSim.Engine.Elections;

/// <summary>
/// Outcomes in words, the same in the CLI, the report and the dashboard: <c>elected:NAME</c> and <c>no-winner</c> stay
/// the machine names in JSON, CSV and the store; people read "António Vitorino elected in round 4, by two thirds".
/// </summary>
public static class OutcomeWords
{
    /// <summary>An outcome name over runs in words: <c>elected:X</c> → <c>X elected</c>, <c>adopted-by-vote</c> → <c>adopted by vote</c>.</summary>
    public static string Of(string outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.StartsWith(ElectedPrefix, StringComparison.Ordinal)
            ? $"{outcome[ElectedPrefix.Length..]} elected"
            : outcome.Replace('-', ' ');
    }

    /// <summary>
    /// How one run's election ended: <c>X elected in round 4, by two thirds</c>, <c>X elected in round 3, by
    /// acclamation</c>, or <c>no winner after 30 rounds</c>.
    /// </summary>
    public static string Of(ElectionResult election)
    {
        ArgumentNullException.ThrowIfNull(election);
        var rounds = election.Rounds.Length;
        if (election.Elected is not { } winner || rounds == 0)
        {
            return $"no winner after {rounds} {(rounds == 1 ? "round" : "rounds")}";
        }

        var last = election.Rounds[^1];
        var how = last.ByAcclamation ? "by acclamation"
            : last.Candidates.Length == 1 ? "by two thirds in a yes-or-no ballot"
            : "by two thirds";
        return $"{winner} elected in round {rounds}, {how}";
    }

    /// <summary>What followed one round, in words: who was elected and how, who withdrew, who was eliminated; empty when nothing did.</summary>
    public static string After(ElectionRound round)
    {
        ArgumentNullException.ThrowIfNull(round);
        var parts = new List<string>();
        if (round.Elected is { } elected)
        {
            parts.Add(round.ByAcclamation
                ? $"{elected} elected by acclamation, the only candidate left"
                : $"{elected} elected with {round.Votes.GetValueOrDefault(elected)} of {round.Cast} votes cast (two thirds: {TwoThirds(round.Cast)})");
        }

        parts.AddRange(round.Withdrawn.Select(w => $"{w} withdrew"));
        if (round.Eliminated is { } eliminated)
        {
            parts.Add($"{eliminated} eliminated (fewest votes)");
        }

        return string.Join("; ", parts);
    }

    /// <summary>The fewest votes that make two thirds of <paramref name="cast"/> votes cast (<c>3·votes ≥ 2·cast</c>).</summary>
    public static int TwoThirds(int cast) => ((2 * cast) + 2) / 3;

    private const string ElectedPrefix = "elected:";
}
