using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using IomSim.Scenarios.Model;

namespace IomSim.Engine.Sweeps;

/// <summary>One point of a sweep's grid: a value for each varied number.</summary>
/// <param name="Index">Its place in the grid (the last varied number changes fastest).</param>
/// <param name="Levels">The step of each varied number.</param>
/// <param name="Values">The value of each varied number.</param>
/// <param name="Text">The canonical text, <c>path=value</c> joined by <c>;</c> (values in shortest round-trip form); empty when nothing is varied.</param>
public sealed record SweepSetting(int Index, ImmutableArray<int> Levels, ImmutableArray<double> Values, string Text)
{
    /// <summary>
    /// The key its runs are stored under: the scenario file's hash itself when nothing is varied (so the runs are
    /// those of <c>run</c>), else the SHA-256 of that hash, a newline and <see cref="Text"/>.
    /// </summary>
    public string KeyFor(string scenarioHash) =>
        Text.Length == 0 ? scenarioHash : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{scenarioHash}\n{Text}")));

    /// <summary>The scenario with this setting's values, stored under <see cref="KeyFor"/>.</summary>
    public Scenario ApplyTo(Scenario scenario, ImmutableArray<SweepAxis> axes)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var set = scenario;
        for (var i = 0; i < axes.Length; i++)
        {
            set = axes[i].Path.ApplyTo(set, Values[i]);
        }

        return set with { Source = scenario.Source with { ContentHash = KeyFor(scenario.Source.ContentHash) } };
    }

    /// <summary>A value as the canonical text writes it.</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
