using IomSim.Estimation.Input;

namespace IomSim.Estimation.Classical;

/// <summary>
/// States × roll calls. A cell holds the vote as a number — yes 1, abstain ½, no 0 — or NaN when the state did not
/// vote. Rows and columns keep the order they were given in.
/// </summary>
public sealed class VoteMatrix
{
    private readonly double[][] _cells;

    private VoteMatrix(IReadOnlyList<string> states, IReadOnlyList<int> rollCalls, double[][] cells)
    {
        States = states;
        RollCalls = rollCalls;
        _cells = cells;
    }

    /// <summary>The row keys (state codes), in order.</summary>
    public IReadOnlyList<string> States { get; }

    /// <summary>The column keys (roll-call ids), in order.</summary>
    public IReadOnlyList<int> RollCalls { get; }

    /// <summary>The vote of a state (row) on a roll call (column): 1, ½, 0, or NaN for no vote.</summary>
    public double this[int state, int rollCall] => _cells[state][rollCall];

    /// <summary>The number a vote counts as: yes 1, abstain ½, no 0.</summary>
    public static double Score(VoteChoice choice) => choice switch
    {
        VoteChoice.Yes => 1.0,
        VoteChoice.Abstain => 0.5,
        VoteChoice.No => 0.0,
        _ => throw new ArgumentOutOfRangeException(nameof(choice), choice, "Not a vote."),
    };

    /// <summary>Builds the matrix; a vote for a state or roll call not listed is an error, and so is a second vote in a cell.</summary>
    public static VoteMatrix Create(
        IReadOnlyList<string> states, IReadOnlyList<int> rollCalls, IEnumerable<(string State, int RollCall, VoteChoice Choice)> votes)
    {
        ArgumentNullException.ThrowIfNull(states);
        ArgumentNullException.ThrowIfNull(rollCalls);
        ArgumentNullException.ThrowIfNull(votes);
        var rowOf = Index(states);
        var columnOf = Index(rollCalls);
        var cells = new double[states.Count][];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = new double[rollCalls.Count];
            Array.Fill(cells[i], double.NaN);
        }

        foreach (var (state, rollCall, choice) in votes)
        {
            if (!rowOf.TryGetValue(state, out var row))
            {
                throw new ArgumentException($"State {state} is not a row of the matrix.", nameof(votes));
            }

            if (!columnOf.TryGetValue(rollCall, out var column))
            {
                throw new ArgumentException($"Roll call {rollCall} is not a column of the matrix.", nameof(votes));
            }

            if (!double.IsNaN(cells[row][column]))
            {
                throw new ArgumentException($"State {state} has two votes on roll call {rollCall}.", nameof(votes));
            }

            cells[row][column] = Score(choice);
        }

        return new VoteMatrix(states.ToArray(), rollCalls.ToArray(), cells);
    }

    /// <summary>How many roll calls of the matrix the state voted on.</summary>
    public int VotesCast(int state) => _cells[state].Count(v => !double.IsNaN(v));

    /// <summary>Whether everyone who voted on the roll call voted the same way (or nobody voted): it tells states apart not at all.</summary>
    public bool IsUnanimous(int rollCall)
    {
        var first = double.NaN;
        foreach (var row in _cells)
        {
            var vote = row[rollCall];
            if (double.IsNaN(vote))
            {
                continue;
            }

            if (double.IsNaN(first))
            {
                first = vote;
            }
            else if (vote != first)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The matrix restricted to some rows and columns (given by index, kept in the order given).</summary>
    public VoteMatrix Select(IReadOnlyList<int> states, IReadOnlyList<int> rollCalls)
    {
        ArgumentNullException.ThrowIfNull(states);
        ArgumentNullException.ThrowIfNull(rollCalls);
        var cells = new double[states.Count][];
        for (var i = 0; i < states.Count; i++)
        {
            var source = _cells[states[i]];
            cells[i] = new double[rollCalls.Count];
            for (var j = 0; j < rollCalls.Count; j++)
            {
                cells[i][j] = source[rollCalls[j]];
            }
        }

        return new VoteMatrix(
            states.Select(i => States[i]).ToArray(),
            rollCalls.Select(j => RollCalls[j]).ToArray(),
            cells);
    }

    /// <summary>
    /// Agreement of two states over the roll calls both voted on: the mean of 1 − |a − b|, so the same vote counts 1,
    /// a vote against an abstention ½, opposite votes 0. Also returns how many roll calls they share; the agreement
    /// is NaN when they share none.
    /// </summary>
    public (double Agreement, int Shared) Agreement(int first, int second)
    {
        var a = _cells[first];
        var b = _cells[second];
        var sum = 0.0;
        var shared = 0;
        for (var j = 0; j < a.Length; j++)
        {
            if (double.IsNaN(a[j]) || double.IsNaN(b[j]))
            {
                continue;
            }

            sum += 1.0 - Math.Abs(a[j] - b[j]);
            shared++;
        }

        return (shared == 0 ? double.NaN : sum / shared, shared);
    }

    private static Dictionary<T, int> Index<T>(IReadOnlyList<T> keys)
        where T : notnull
    {
        var index = new Dictionary<T, int>(keys.Count);
        for (var i = 0; i < keys.Count; i++)
        {
            if (!index.TryAdd(keys[i], i))
            {
                throw new ArgumentException($"'{keys[i]}' appears twice among the matrix's keys.", nameof(keys));
            }
        }

        return index;
    }
}
