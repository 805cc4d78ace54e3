using System.Collections.Immutable;
using IomSim.Domain.World;
using IomSim.Scenarios;
using IomSim.Scenarios.Model;

namespace IomSim.Web;

/// <summary>
/// The scenarios the dashboard offers: every file in the scenarios folder, read once at start against the world.
/// A file that does not read is left out and its error kept, so one bad file does not take the dashboard down.
/// </summary>
internal sealed class ScenarioCatalog
{
    private readonly ImmutableSortedDictionary<string, (Scenario Scenario, string File)> _byId;

    /// <summary>Reads every <c>*.yaml</c> and <c>*.yml</c> file in <paramref name="folder"/>.</summary>
    public ScenarioCatalog(World world, string folder)
    {
        World = world;
        var byId = ImmutableSortedDictionary.CreateBuilder<string, (Scenario, string)>(StringComparer.Ordinal);
        var problems = ImmutableArray.CreateBuilder<string>();
        var files = Directory.EnumerateFiles(folder)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            try
            {
                var scenario = ScenarioReader.Read(file, world);
                if (!byId.TryAdd(scenario.Id, (scenario, Path.GetFileName(file))))
                {
                    problems.Add($"{file}: id {scenario.Id} is also the id of {byId[scenario.Id].Item2}; left out");
                }
            }
            catch (ScenarioException error)
            {
                problems.Add(error.Message);
            }
        }

        _byId = byId.ToImmutable();
        Problems = problems.ToImmutable();
    }

    /// <summary>The seeded world every scenario runs in.</summary>
    public World World { get; }

    /// <summary>One line per file left out, saying why.</summary>
    public ImmutableArray<string> Problems { get; }

    /// <summary>The scenarios by id, with their file names.</summary>
    public IEnumerable<(Scenario Scenario, string File)> All => _byId.Values;

    /// <summary>The scenario with <paramref name="id"/>, or null.</summary>
    public Scenario? Find(string? id) => id is not null && _byId.TryGetValue(id, out var found) ? found.Scenario : null;
}
