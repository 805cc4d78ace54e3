using IomSim.Estimation.Input;
using IomSim.Estimation.Classical;

namespace IomSim.Estimation.Tests;

/// <summary>
/// A made-up assembly whose members' positions are known: general roll calls divide states along x, human-rights
/// roll calls along y. A state votes yes when its coordinate is above the roll call's cut point by more than a band,
/// no when below by more, and abstains inside the band; some votes are missing.
/// </summary>
internal sealed class Synthetic
{
    public const int GeneralRollCalls = 300;
    public const int RightsRollCalls = 120;

    private Synthetic(string[] states, double[] x, double[] y, VoteMatrix votes)
    {
        States = states;
        X = x;
        Y = y;
        Votes = votes;
    }

    public string[] States { get; }

    public double[] X { get; }

    public double[] Y { get; }

    public VoteMatrix Votes { get; }

    /// <summary>Human-rights roll calls are numbered from 10000.</summary>
    public static bool IsRights(int rcid) => rcid >= 10000;

    public static Synthetic Create(int stateCount = 60, int seed = 20240601, Func<int, int>? votesOf = null)
    {
        var random = new Random(seed);
        var states = Enumerable.Range(0, stateCount).Select(i => $"S{i:D2}").ToArray();
        var x = states.Select(_ => (random.NextDouble() * 2) - 1).ToArray();
        var y = states.Select(_ => (random.NextDouble() * 1.6) - 0.8).ToArray();
        var rollCalls = new List<int>();
        var votes = new List<(string, int, VoteChoice)>();
        for (var r = 0; r < GeneralRollCalls + RightsRollCalls; r++)
        {
            var rights = r >= GeneralRollCalls;
            var rcid = rights ? 10000 + r : r;
            rollCalls.Add(rcid);
            var cut = (random.NextDouble() * 1.4) - 0.7;
            var polarity = random.NextDouble() < 0.5 ? 1 : -1;
            for (var i = 0; i < stateCount; i++)
            {
                if (random.NextDouble() < 0.08 || (votesOf is not null && r >= votesOf(i)))
                {
                    continue;
                }

                var side = polarity * ((rights ? y[i] : x[i]) - cut);
                var choice = side > 0.1 ? VoteChoice.Yes : side < -0.1 ? VoteChoice.No : VoteChoice.Abstain;
                votes.Add((states[i], rcid, choice));
            }
        }

        return new Synthetic(states, x, y, VoteMatrix.Create(states, rollCalls, votes));
    }

    /// <summary>The state with the largest (or smallest) true coordinate.</summary>
    public string Extreme(double[] coordinate, bool largest)
    {
        var order = Enumerable.Range(0, States.Length).OrderBy(i => coordinate[i]).ToArray();
        return States[largest ? order[^1] : order[0]];
    }
}
