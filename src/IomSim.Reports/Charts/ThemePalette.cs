namespace IomSim.Reports.Charts;

/// <summary>
/// Colours for where money ends (themes, regions): Paul Tol's "muted" scheme (told apart with the common kinds of
/// colour blindness), ordered so that the first seven are muted or dark tones unlike the bright Okabe–Ito colours
/// <see cref="Palette"/> gives contributors: a theme is not read as a donor.
/// </summary>
public static class ThemePalette
{
    /// <summary>The colours, in order.</summary>
    public static IReadOnlyList<string> Colours { get; } = ["#332288", "#44AA99", "#999933", "#882255", "#AA4499", "#CC6677", "#DDCC77", "#88CCEE", "#117733"];

    /// <summary>The <paramref name="index"/>th colour, cycling.</summary>
    public static string At(int index) => Colours[index % Colours.Count];
}
