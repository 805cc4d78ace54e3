namespace IomSim.Domain.Decisions;

/// <summary>
/// A point (or a direction) in the two-dimensional space of the roll-call ideal-point model: a state's ideal point, or
/// an item's discrimination vector. The scale is the model's own (ideal points have a standard normal prior), not
/// the [−1, 1] of <see cref="World.PolicyPosition"/>.
/// </summary>
/// <param name="First">Dimension 1: oriented so that the United States is positive.</param>
/// <param name="Second">Dimension 2: oriented as stated in docs/positions.md.</param>
public readonly record struct IdealCoordinates(double First, double Second)
{
    /// <summary>The origin.</summary>
    public static IdealCoordinates Zero { get; } = new(0, 0);

    /// <summary>The inner product: an item's discrimination times a state's ideal point.</summary>
    public double Dot(IdealCoordinates other) => (First * other.First) + (Second * other.Second);

    /// <summary>Component-wise sum.</summary>
    public IdealCoordinates Plus(IdealCoordinates other) => new(First + other.First, Second + other.Second);

    /// <summary>Component-wise difference.</summary>
    public IdealCoordinates Minus(IdealCoordinates other) => new(First - other.First, Second - other.Second);

    /// <summary>Both components times <paramref name="factor"/>.</summary>
    public IdealCoordinates Times(double factor) => new(First * factor, Second * factor);
}
