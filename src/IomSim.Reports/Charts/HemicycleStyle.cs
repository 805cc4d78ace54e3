namespace IomSim.Reports.Charts;

/// <summary>
/// The style a hemicycle carries inside its SVG: the marks never catch the pointer, and a page that sets
/// <c>data-step</c> on the chart (the dashboard, stepping through a session) sees the seats lit step by step — present,
/// objected, asked for a vote — in the same palette, before the votes' colours at <c>voted</c>. Without
/// <c>data-step</c> (the report) every seat shows its vote and every mark.
/// </summary>
public static class HemicycleStyle
{
    private const string Chart = ".hemicycle";
    private static readonly string[] s_before = ["present", "objected", "requested"];

    /// <summary>The rules, as the text of a <c>style</c> element or of a style sheet (the dashboard serves them as <c>/hemicycle.css</c>).</summary>
    public static string Rules { get; } = Build();

    private static string Build()
    {
        string At(string step, string rest) => $"{Chart}[data-step={step}] {rest}";
        string Before(string rest) => string.Join(",", s_before.Select(s => At(s, rest)));
        string[] rules =
        [
            $"{Chart} .mark{{pointer-events:none}}",
            $"{Chart} .step-legend{{display:none}}",
            $"{Before(".step-legend")}{{display:inline}}",
            $"{Before(".vote-legend")},{Before(".outcome")}{{display:none}}",
            $"{Before(".seat")}{{fill:{Palette.Present};stroke:none}}",
            $"{Before(".seat[data-present=false]")}{{fill:#FFFFFF;stroke:#555555}}",
            $"{At("objected", ".seat[data-present=true]")},{At("requested", ".seat[data-present=true]")}{{fill:{Palette.Quiet}}}",
            $"{At("objected", ".seat[data-objected=true]")},{At("requested", ".seat[data-objected=true]")},{At("requested", ".seat[data-requested=true]")}{{fill:{Palette.Mark}}}",
            $"{At("present", ".mark")},{At("objected", ".mark.requested")}{{display:none}}",
        ];
        return string.Join("\n", rules);
    }
}
