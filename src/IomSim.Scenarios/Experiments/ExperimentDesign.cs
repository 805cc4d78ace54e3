namespace IomSim.Scenarios.Experiments;

/// <summary>How an experiment chooses the settings it plays (<c>design:</c> in the file).</summary>
public enum ExperimentDesign
{
    /// <summary>Every combination of each number's evenly spaced steps: the grid <c>sweep --vary</c> plays.</summary>
    Grid,

    /// <summary>A number of settings drawn independently and uniformly within each number's range.</summary>
    Random,

    /// <summary>A number of settings n, each number's range cut into n equal strata with exactly one setting in each.</summary>
    LatinHypercube,
}
