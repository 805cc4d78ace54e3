namespace IomSim.Domain.Decisions;

/// <summary>How a motion's item parameters were found.</summary>
public enum PlacementBasis
{
    /// <summary>From earlier roll calls on the resolution(s) named by symbol.</summary>
    Symbol,

    /// <summary>From earlier roll calls of the same recurring resolution (same full title, else same short title).</summary>
    RecurringTitle,

    /// <summary>The mean of the earlier roll calls of an issue.</summary>
    Issue,

    /// <summary>The mean of all earlier roll calls.</summary>
    General,

    /// <summary>Typed in by the scenario's author: an assumption.</summary>
    HandSet,
}

/// <summary>A motion placed in the ideal-point space, and from what.</summary>
/// <param name="Parameters">The item parameters to vote on.</param>
/// <param name="Issues">The issue codes whose issue-specific ideal points and habits apply.</param>
/// <param name="Basis">How it was placed.</param>
/// <param name="FromRollCalls">The roll calls (rcids) averaged, in date order; empty when hand-set.</param>
/// <param name="Description">One line saying how, for every output.</param>
public sealed record PlacedMotion(
    ItemParameters Parameters,
    IReadOnlyList<string> Issues,
    PlacementBasis Basis,
    IReadOnlyList<int> FromRollCalls,
    string Description);
