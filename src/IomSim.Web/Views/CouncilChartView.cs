namespace IomSim.Web.Views;

/// <summary>
/// The council's hemicycle for one item's first run, drawn by the report's component (<c>IomSim.Reports.Charts.Hemicycle</c>)
/// as SVG markup, once per seating; the page only sets <c>data-step</c> on it to light the seats step by step.
/// </summary>
/// <param name="Region">Seated by UN regional group.</param>
/// <param name="Bloc">Seated by political bloc.</param>
/// <param name="Leaning">No formal vote was held: the colours are how each member would have voted.</param>
/// <param name="Objected">How many members objected to consensus.</param>
/// <param name="Requested">How many asked for a formal vote.</param>
internal sealed record CouncilChartView(string Region, string Bloc, bool Leaning, int Objected, int Requested);
