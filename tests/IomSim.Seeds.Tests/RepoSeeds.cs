using IomSim.Domain.World;
using IomSim.Testing;

namespace IomSim.Seeds.Tests;

/// <summary>The repository's seeds folder, found by walking up to IomSim.sln, loaded once.</summary>
internal static class RepoSeeds
{
    private static readonly Lazy<World> s_world = new(() => SeedLoader.Load(Directory));

    public static string Root => RepositoryRoot.Path;

    public static string Directory => Path.Combine(Root, "seeds");

    public static World Seeded => s_world.Value;

    public static StateCode Code(string text) => StateCode.Parse(text);

    public static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
