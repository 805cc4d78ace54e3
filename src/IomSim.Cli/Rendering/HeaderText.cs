using System.Text;

namespace IomSim.Cli.Rendering;

/// <summary>The lines every table output of a scenario's runs starts with: title, what was run, and the parameters' label.</summary>
internal static class HeaderText
{
    /// <summary>Appends the header.</summary>
    public static void Write(StringBuilder text, ScenarioReport report)
    {
        var result = report.Result;
        var runs = result.Runs == 1 ? "1 run" : $"{result.Runs} runs";
        text.Append(result.Title).Append('\n');
        text.Append($"scenario {result.Scenario}   body {report.Body}   seed {result.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture)}   {runs}   iomsim {result.Version}\n");
        text.Append($"parameters: {report.Parameters}\n");
    }
}
