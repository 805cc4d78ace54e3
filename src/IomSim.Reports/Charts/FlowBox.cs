namespace IomSim.Reports.Charts;

/// <summary>A rectangle of a <see cref="FlowLayout"/>: a node's bar, or the room its label takes.</summary>
/// <param name="X">Left.</param>
/// <param name="Y">Top.</param>
/// <param name="Width">Width.</param>
/// <param name="Height">Height.</param>
public sealed record FlowBox(double X, double Y, double Width, double Height)
{
    /// <summary>Whether the vertical span [<paramref name="top"/>, <paramref name="bottom"/>] at <paramref name="x"/> enters this box.</summary>
    public bool Meets(double x, double top, double bottom) => x > X && x < X + Width && bottom > Y && top < Y + Height;
}
