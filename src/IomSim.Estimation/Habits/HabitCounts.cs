using IomSim.Domain.Decisions;
using IomSim.Estimation.Input;

namespace IomSim.Estimation.Habits;

/// <summary>
/// Per state and issue (and <see cref="VoteHabitsEstimator.AllIssues"/>): roll calls held while the state was a UN
/// member, the votes it recorded on them, its abstentions; and the smoothed rates. Counted over every roll call in the
/// window, unanimous ones included: staying away from a vote is a habit whatever the vote.
/// </summary>
internal sealed class HabitCounts
{
    private readonly Dictionary<(string State, string Issue), (int RollCalls, int Votes, int Abstentions, double NotVotingRate, double AbstentionRate)> _rows;

    private HabitCounts(
        Dictionary<(string, string), (int, int, int, double, double)> rows,
        IReadOnlyList<string> issues,
        IReadOnlyDictionary<string, (double NotVoting, double Abstention)> priorStrength)
    {
        _rows = rows;
        Issues = issues;
        PriorStrength = priorStrength;
    }

    /// <summary>The issue codes with rows, sorted, after <see cref="VoteHabitsEstimator.AllIssues"/>.</summary>
    public IReadOnlyList<string> Issues { get; }

    /// <summary>The beta prior's strength (in roll calls) chosen for each issue's rates, not voting and abstention.</summary>
    public IReadOnlyDictionary<string, (double NotVoting, double Abstention)> PriorStrength { get; }

    public (int RollCalls, int Votes, int Abstentions, double NotVotingRate, double AbstentionRate) this[string state, string issue] =>
        _rows[(state, issue)];

    public bool Has(string state, string issue) => _rows.ContainsKey((state, issue));

    /// <summary>The state's habits as the vote-choice function takes them, with its fitted abstention spreads.</summary>
    public StateVoteHabits For(string state, double spread, IReadOnlyDictionary<string, double> issueSpreads)
    {
        VoteHabit Habit(string issue) => new(
            this[state, issue].NotVotingRate,
            this[state, issue].AbstentionRate,
            issueSpreads.TryGetValue(issue, out var specific) ? specific : spread);
        var byIssue = Issues.Skip(1).Where(i => Has(state, i)).ToDictionary(i => i, Habit, StringComparer.Ordinal);
        return new StateVoteHabits(Habit(VoteHabitsEstimator.AllIssues), byIssue);
    }

    /// <summary>Counts and smooths over the roll calls dated up to <paramref name="until"/> (null: all).</summary>
    public static HabitCounts Count(StateVotes votes, IReadOnlyCollection<string> states, DateOnly? until)
    {
        var data = votes.Data;
        var rollCalls = data.RollCalls.Where(r => until is not { } cut || r.Date <= cut).ToArray();
        var inWindow = rollCalls.Select(r => r.Rcid).ToHashSet();
        var cast = votes.Votes.Where(v => inWindow.Contains(v.Rcid)).ToDictionary(v => (v.Rcid, v.State), v => v.Choice);
        var issues = rollCalls.SelectMany(r => data.IssuesOf(r.Rcid)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var allIssues = new[] { VoteHabitsEstimator.AllIssues }.Concat(issues).ToArray();
        var joined = votes.States.ToDictionary(s => s.Code.Value, s => s.UnMemberFrom, StringComparer.Ordinal);

        var raw = new Dictionary<(string, string), (int RollCalls, int Votes, int Abstentions)>();
        foreach (var state in states.Order(StringComparer.Ordinal))
        {
            var from = joined.GetValueOrDefault(state);
            foreach (var issue in allIssues)
            {
                raw[(state, issue)] = (0, 0, 0);
            }

            foreach (var rollCall in rollCalls)
            {
                // A state that voted was a member that day, whatever the states file says.
                var voted = cast.TryGetValue((rollCall.Rcid, state), out var choice);
                if (!voted && (from is null || rollCall.Date < from))
                {
                    continue;
                }

                foreach (var issue in data.IssuesOf(rollCall.Rcid).Prepend(VoteHabitsEstimator.AllIssues))
                {
                    var (n, v, a) = raw[(state, issue)];
                    raw[(state, issue)] = (n + 1, v + (voted ? 1 : 0), a + (voted && choice == VoteChoice.Abstain ? 1 : 0));
                }
            }
        }

        var ordered = states.Order(StringComparer.Ordinal).ToArray();
        var strength = new Dictionary<string, (double, double)>(StringComparer.Ordinal);

        // Overall rates: towards the mean over states.
        var overall = ordered.Select(s => raw[(s, VoteHabitsEstimator.AllIssues)]).ToArray();
        var pooledNotVoting = Pooled(overall.Select(c => (c.RollCalls - c.Votes, c.RollCalls)));
        var pooledAbstention = Pooled(overall.Select(c => (c.Abstentions, c.Votes)));
        var alphaNotVoting = BetaPrior.Strength(overall.Select(c => (c.RollCalls - c.Votes, c.RollCalls, pooledNotVoting)).ToArray());
        var alphaAbstention = BetaPrior.Strength(overall.Select(c => (c.Abstentions, c.Votes, pooledAbstention)).ToArray());
        strength[VoteHabitsEstimator.AllIssues] = (alphaNotVoting, alphaAbstention);
        var rows = new Dictionary<(string, string), (int, int, int, double, double)>();
        foreach (var state in ordered)
        {
            var (n, v, a) = raw[(state, VoteHabitsEstimator.AllIssues)];
            rows[(state, VoteHabitsEstimator.AllIssues)] = (n, v, a, BetaPrior.Smooth(n - v, n, pooledNotVoting, alphaNotVoting), BetaPrior.Smooth(a, v, pooledAbstention, alphaAbstention));
        }

        // Issue rates: towards the state's own overall rate.
        foreach (var issue in issues)
        {
            var counts = ordered.Select(s => (State: s, Count: raw[(s, issue)], Prior: rows[(s, VoteHabitsEstimator.AllIssues)])).ToArray();
            var alphaN = BetaPrior.Strength(counts.Select(c => (c.Count.RollCalls - c.Count.Votes, c.Count.RollCalls, c.Prior.Item4)).ToArray());
            var alphaA = BetaPrior.Strength(counts.Select(c => (c.Count.Abstentions, c.Count.Votes, c.Prior.Item5)).ToArray());
            strength[issue] = (alphaN, alphaA);
            foreach (var (state, (n, v, a), prior) in counts)
            {
                rows[(state, issue)] = (n, v, a, BetaPrior.Smooth(n - v, n, prior.Item4, alphaN), BetaPrior.Smooth(a, v, prior.Item5, alphaA));
            }
        }

        return new HabitCounts(rows, allIssues, strength);
    }

    private static double Pooled(IEnumerable<(int Events, int Trials)> counts)
    {
        var events = 0L;
        var trials = 0L;
        foreach (var (e, t) in counts)
        {
            events += e;
            trials += t;
        }

        return trials == 0 ? 0.0 : (double)events / trials;
    }
}
