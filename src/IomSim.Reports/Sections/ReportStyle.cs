namespace IomSim.Reports.Sections;

/// <summary>
/// The page's only style sheet, inline: system fonts, a readable measure, charts that scale with the page, and a print
/// layout. It holds no <c>&lt;</c>, <c>&gt;</c> or <c>&amp;</c>, so it survives being written as XML text unchanged.
/// </summary>
internal static class ReportStyle
{
    /// <summary>The CSS.</summary>
    public const string Css = """

        :root { color-scheme: light; --ink: #1a1a1a; --muted: #5a5a5a; --rule: #d0d0d0; --accent: #0072B2; }
        * { box-sizing: border-box; }
        body { margin: 0; color: var(--ink); background: #ffffff; font: 16px/1.55 system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif; }
        main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
        header { border-bottom: 2px solid var(--ink); padding-bottom: 1rem; margin-bottom: 1.5rem; }
        h1 { font-size: 2rem; line-height: 1.2; margin: 0.2rem 0 0.6rem; font-weight: 650; }
        h2 { font-size: 1.4rem; margin: 2.5rem 0 0.3rem; padding-top: 0.6rem; border-top: 1px solid var(--rule); }
        h3 { font-size: 1.1rem; margin: 1.6rem 0 0.4rem; }
        p { margin: 0.5rem 0; max-width: 46rem; }
        .kicker { text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.8rem; color: var(--muted); margin: 0; }
        .meta { color: var(--muted); font-size: 0.9rem; margin-top: 0; }
        .label { display: inline-block; font-size: 0.85rem; padding: 0.1rem 0.5rem; border: 1px solid currentColor; border-radius: 0.2rem; }
        .uncalibrated { color: #8a4b00; }
        .calibrated { color: #00603f; }
        .facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); gap: 0.4rem 1.2rem; margin: 1rem 0 0; }
        .facts div { min-width: 0; }
        .facts dt { font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted); }
        .facts dd { margin: 0; font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }
        nav ol { columns: 2; padding-left: 1.2rem; }
        a { color: var(--accent); }
        a.cite { text-decoration: none; font-size: 0.85em; }
        figure { margin: 1rem 0 1.5rem; break-inside: avoid; page-break-inside: avoid; }
        figcaption { font-size: 0.88rem; color: var(--muted); margin-top: 0.3rem; max-width: 46rem; }
        svg.chart { display: block; width: 100%; height: auto; max-width: 48rem; font-family: inherit; font-size: 12px; }
        svg.flow { max-width: 57rem; }
        td:first-child { white-space: nowrap; }
        svg.hemicycle { max-width: 40rem; }
        svg.change { display: inline-block; width: 5.25rem; height: 0.9rem; vertical-align: middle; }
        svg text { fill: var(--ink); }
        svg .tick, svg .value, svg .event-number { fill: var(--muted); font-variant-numeric: tabular-nums; }
        svg .total { font-size: 15px; font-weight: 600; }
        svg .grid { stroke: #e6e6e6; stroke-width: 1; }
        svg .baseline { stroke: #888888; stroke-width: 1; }
        svg .whisker { stroke: #000000; stroke-width: 1.5; }
        svg .event { stroke: #D55E00; stroke-width: 1.5; stroke-dasharray: 4 3; }
        svg .halo { paint-order: stroke; stroke: #ffffff; stroke-width: 3px; stroke-linejoin: round; }
        svg .seat:hover, svg .link:hover { stroke: #000000; stroke-width: 1.5; }
        table { border-collapse: collapse; margin: 0.8rem 0 1.2rem; font-size: 0.9rem; font-variant-numeric: tabular-nums; break-inside: auto; }
        caption { text-align: left; font-weight: 600; padding-bottom: 0.3rem; }
        th, td { padding: 0.25rem 0.7rem 0.25rem 0; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
        th { border-bottom: 1.5px solid var(--ink); font-weight: 600; }
        .num { text-align: right; white-space: nowrap; }
        .score { background: #f4f4f4; padding: 0.4rem 0.6rem; border-left: 3px solid var(--accent); }
        .sources { font-size: 0.88rem; }
        .sources li { margin-bottom: 0.3rem; }
        .rounds-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: 0.5rem 1rem; }
        .rounds-grid svg.chart { max-width: 100%; }
        .outcome { font-size: 1.05rem; }
        ul.states { padding-left: 1.2rem; max-width: 46rem; }
        .references { list-style: none; padding-left: 0; font-size: 0.88rem; }
        .references li { margin-bottom: 0.4rem; padding-left: 1.5rem; text-indent: -1.5rem; overflow-wrap: anywhere; }
        .references .key { font-weight: 600; }
        .references .url { word-break: break-all; }
        svg .label.inside { fill: #ffffff; }
        svg .round-head { font-weight: 600; }
        svg .then { fill: var(--muted); }
        @media (max-width: 40rem) {
          main { padding: 1rem 0.75rem 3rem; }
          h1 { font-size: 1.5rem; }
          nav ol { columns: 1; }
          table { font-size: 0.8rem; }
          th, td { padding: 0.2rem 0.4rem 0.2rem 0; }
          td:first-child { white-space: normal; }
          table { display: block; max-width: 100%; overflow-x: auto; }
          .facts { grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr)); }
        }
        footer { margin-top: 3rem; font-size: 0.85rem; color: var(--muted); border-top: 1px solid var(--rule); padding-top: 0.8rem; }
        @media print {
          body { font-size: 10.5pt; }
          main { max-width: none; padding: 0; }
          nav { display: none; }
          h2 { break-after: avoid; page-break-after: avoid; }
          h3 { break-after: avoid; page-break-after: avoid; }
          a { color: inherit; }
          tr { break-inside: avoid; page-break-inside: avoid; }
          table { display: table; overflow: visible; }
          svg.chart { max-width: 100%; }
          .rounds-grid { grid-template-columns: repeat(3, 1fr); }
          .references .url { color: inherit; }
          footer { break-before: avoid; }
        }
        @page { margin: 18mm 16mm; }

        """;
}
