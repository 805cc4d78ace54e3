namespace IomSim.Engine.Measures;

/// <summary>What a measure is taken of in a run.</summary>
public enum MeasureScope
{
    /// <summary>An agenda item put to the Council as a motion (admission, budget, decision).</summary>
    Motion,

    /// <summary>An agenda item that was put to a formal vote in the run (the measure is missing in runs without one).</summary>
    Vote,

    /// <summary>A budget year the run played.</summary>
    BudgetYear,
}
