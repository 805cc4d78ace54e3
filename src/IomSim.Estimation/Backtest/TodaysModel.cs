using IomSim.Domain.World;
using MathNet.Numerics.Distributions;

namespace IomSim.Estimation.Backtest;

/// <summary>
/// The baseline "today's model": the decision model as it stood before issue 16 (main at fbad449), in closed form.
/// Utility = the ordinary-motion baseline − distance weight × the distance between the state's classical-scaling
/// position and the motion's + normal noise; present with the default attendance; yes above the default abstention
/// band, no below minus it, abstain inside. The defaults are frozen here (DecisionParameters.Default: ordinary baseline
/// 0.3, distance weight 0.35, noise 0.3; seeds/behaviour.csv's default row: attendance 0.9, abstention band 0.1), so the
/// baseline stays what it was while the decision model changes. Relations, blocs and donors are left out: the backtest
/// has none to give either model.
/// </summary>
public static class TodaysModel
{
    /// <summary>DecisionParameters.OrdinaryBaseline at fbad449.</summary>
    public const double OrdinaryBaseline = 0.3;

    /// <summary>DecisionParameters.DistanceWeight at fbad449.</summary>
    public const double DistanceWeight = 0.35;

    /// <summary>DecisionParameters.Noise at fbad449.</summary>
    public const double Noise = 0.3;

    /// <summary>The default attendance of seeds/behaviour.csv at fbad449.</summary>
    public const double Attendance = 0.9;

    /// <summary>The default abstention band of seeds/behaviour.csv at fbad449.</summary>
    public const double AbstentionBand = 0.1;

    /// <summary>Probabilities of yes, no, abstain and not voting for a state at <paramref name="state"/> on a motion at <paramref name="motion"/>.</summary>
    public static double[] Probabilities(PolicyPosition state, PolicyPosition motion)
    {
        var mean = OrdinaryBaseline - (DistanceWeight * state.DistanceTo(motion));
        var yes = 1.0 - Normal.CDF(mean, Noise, AbstentionBand);
        var no = Normal.CDF(mean, Noise, -AbstentionBand);
        return [Attendance * yes, Attendance * no, Attendance * Math.Max(0.0, 1.0 - yes - no), 1.0 - Attendance];
    }
}
