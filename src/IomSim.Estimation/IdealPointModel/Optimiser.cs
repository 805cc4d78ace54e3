using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace IomSim.Estimation.IdealPointModel;

/// <summary>Runs MathNet's L-BFGS on a likelihood from a given start; deterministic (no random restarts).</summary>
internal static class Optimiser
{
    public static (double[] Theta, int Iterations) Minimise(OrderedLogitLikelihood likelihood, double[] start, IdealPointOptions options)
    {
        var gradient = new double[start.Length];
        var objective = ObjectiveFunction.Gradient((Func<Vector<double>, (double, Vector<double>)>)(point =>
        {
            var theta = point.AsArray() ?? point.ToArray();
            var value = likelihood.ValueAndGradient(theta, gradient);
            return (value, Vector<double>.Build.DenseOfArray((double[])gradient.Clone()));
        }));
        var minimiser = new LimitedMemoryBfgsMinimizer(options.GradientTolerance, 1e-12, 1e-12, 10, options.MaxIterations);
        try
        {
            var result = minimiser.FindMinimum(objective, Vector<double>.Build.DenseOfArray((double[])start.Clone()));
            return (result.MinimizingPoint.ToArray(), result.Iterations);
        }
        catch (MaximumIterationsException exception)
        {
            throw new EstimationException($"The ideal-point fit did not converge within {options.MaxIterations} iterations: {exception.Message}");
        }
    }
}
