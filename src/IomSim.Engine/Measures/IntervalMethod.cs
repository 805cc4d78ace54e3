namespace IomSim.Engine.Measures;

/// <summary>How a measure's 95% interval over runs is made.</summary>
public enum IntervalMethod
{
    /// <summary>A share of runs (each run 0 or 1): the Wilson score interval, which stays within 0 to 1.</summary>
    Wilson,

    /// <summary>A mean over runs: Student's t interval of the mean, n − 1 degrees of freedom.</summary>
    StudentT,
}
