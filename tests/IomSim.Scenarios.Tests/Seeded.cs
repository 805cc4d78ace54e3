using IomSim.Domain.World;
using IomSim.Testing;
using IomSim.Seeds;

namespace IomSim.Scenarios.Tests;

/// <summary>The repository's seeded world, loaded once, and the shipped scenario files.</summary>
internal static class Seeded
{
    private static readonly Lazy<World> s_world = new(() => SeedLoader.Load(RepositoryRoot.Combine("seeds")));

    public static World World => s_world.Value;

    public static string ScenariosDirectory => RepositoryRoot.Combine("scenarios");

    public static IEnumerable<string> ScenarioFiles =>
        Directory.EnumerateFiles(ScenariosDirectory, "*.yaml").Order(StringComparer.Ordinal);

    public static string Scenario(string name) => Path.Combine(ScenariosDirectory, name);

    public static StateCode Code(string text) => StateCode.Parse(text);
}
