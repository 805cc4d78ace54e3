namespace IomSim.Estimation.IdealPointModel;

/// <summary>Which parts of the model a fit frees: general dimensions (0, 1 or 2) and the issue offsets.</summary>
/// <param name="Dimensions">General dimensions.</param>
/// <param name="Issues">Whether the issue-specific offsets (points and spreads) are fitted.</param>
internal readonly record struct ModelVariant(int Dimensions, bool Issues)
{
    public string Name => Issues ? $"{Dimensions}D + issue offsets" : Dimensions == 0 ? "cuts and spreads only" : $"{Dimensions}D";
}
