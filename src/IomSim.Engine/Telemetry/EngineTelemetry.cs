using System.Diagnostics;
using System.Diagnostics.Metrics;
using IomSim.Scenarios.Model;

namespace IomSim.Engine.Telemetry;

/// <summary>
/// The engine's one <see cref="ActivitySource"/> and one <see cref="Meter"/>: a span per scenario and per run, and a
/// trace per Council session (its span the root, linked to the run's span; every grain call made while the session is
/// played, and the budget year an adopted budget starts, nest inside it), and counts of runs, items, budget years and the
/// voluntary money they moved. Nothing is measured while nobody listens; nothing measured feeds back into a run.
/// </summary>
public static class EngineTelemetry
{
    /// <summary>The name of the activity source and of the meter.</summary>
    public const string Name = "IomSim.Engine";

    /// <summary>The name of the run counter.</summary>
    public const string RunsInstrument = "iomsim.engine.runs";

    /// <summary>The name of the agenda-item counter.</summary>
    public const string ItemsInstrument = "iomsim.engine.items";

    /// <summary>The name of the budget-year counter.</summary>
    public const string BudgetYearsInstrument = "iomsim.engine.budget_years";

    /// <summary>The name of the counter of voluntary money contributed in budget years, in US dollars.</summary>
    public const string VoluntaryInstrument = "iomsim.engine.voluntary";

    /// <summary>The tag holding the scenario id.</summary>
    public const string ScenarioTag = "iomsim.scenario";

    /// <summary>The tag holding the run index.</summary>
    public const string RunTag = "iomsim.run";

    /// <summary>The tag holding the session's name.</summary>
    public const string SessionTag = "iomsim.session";

    /// <summary>The tag holding the session's date (ISO 8601).</summary>
    public const string SessionDateTag = "iomsim.session.date";

    /// <summary>The tag holding the budget year.</summary>
    public const string YearTag = "iomsim.budget_year";

    private static readonly string? s_version = typeof(EngineTelemetry).Assembly.GetName().Version?.ToString();

    /// <summary>Spans of the engine.</summary>
    public static ActivitySource ActivitySource { get; } = new(Name, s_version);

    /// <summary>Metrics of the engine.</summary>
    public static Meter Meter { get; } = new(Name, s_version);

    private static readonly Counter<long> s_runs = Meter.CreateCounter<long>(RunsInstrument, "{run}", "Scenario runs finished.");

    private static readonly Counter<long> s_items = Meter.CreateCounter<long>(ItemsInstrument, "{item}", "Agenda items played.");

    private static readonly Counter<long> s_years = Meter.CreateCounter<long>(BudgetYearsInstrument, "{year}", "Budget years played.");

    private static readonly Counter<double> s_voluntary = Meter.CreateCounter<double>(VoluntaryInstrument, "USD", "Voluntary money contributed in the budget years played.");

    /// <summary>Opens the span of a scenario's runs.</summary>
    internal static Activity? ScenarioStarted(string scenario, ulong seed, int runs) =>
        ActivitySource.StartActivity($"scenario {scenario}")?
            .SetTag(ScenarioTag, scenario)
            .SetTag("iomsim.seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .SetTag("iomsim.runs", runs);

    /// <summary>Opens the span of one run.</summary>
    internal static Activity? RunStarted(string scenario, int run) =>
        ActivitySource.StartActivity("run")?.SetTag(ScenarioTag, scenario).SetTag(RunTag, run);

    /// <summary>
    /// Opens the span of a Council session as the root of a trace of its own, linked to <paramref name="run"/> (the
    /// run's span, when there is one) so the two can be related; the session's grain calls become its children. Nothing
    /// is allocated while nobody listens.
    /// </summary>
    internal static Activity? SessionStarted(string scenario, Session session, int run, Activity? runSpan)
    {
        if (!ActivitySource.HasListeners())
        {
            return null;
        }

        // A root: no parent, whatever is current.
        Activity.Current = null;
        var span = ActivitySource.StartActivity(
            $"session {session.Name}",
            ActivityKind.Internal,
            parentContext: default,
            links: runSpan is null ? null : [new ActivityLink(runSpan.Context)]);
        if (span is null)
        {
            Activity.Current = runSpan;
            return null;
        }

        return span
            .SetTag(SessionTag, session.Name)
            .SetTag(SessionDateTag, session.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            .SetTag(ScenarioTag, scenario)
            .SetTag(RunTag, run);
    }

    /// <summary>Closes the session's span and makes the run's span current again (a root's parent is nobody).</summary>
    internal static void SessionFinished(Activity? span, Activity? runSpan)
    {
        if (span is null)
        {
            return;
        }

        span.Stop();
        Activity.Current = runSpan;
    }

    /// <summary>Counts a finished run and its items.</summary>
    internal static void RunFinished(string scenario, int items)
    {
        var tag = new KeyValuePair<string, object?>(ScenarioTag, scenario);
        s_runs.Add(1, tag);
        s_items.Add(items, tag);
    }

    /// <summary>Opens the span of a budget year.</summary>
    internal static Activity? BudgetYearStarted(int year) => ActivitySource.StartActivity($"budget year {year}")?.SetTag(YearTag, year);

    /// <summary>Counts a budget year played and the money it moved; tags its span with the ledger's totals.</summary>
    internal static void BudgetYearFinished(Activity? span, int year, decimal voluntaryUsd, bool balanced)
    {
        var tag = new KeyValuePair<string, object?>(YearTag, year);
        s_years.Add(1, tag);
        s_voluntary.Add((double)voluntaryUsd, tag);
        span?.SetTag("iomsim.voluntary_usd", (double)voluntaryUsd).SetTag("iomsim.balanced", balanced);
    }
}
