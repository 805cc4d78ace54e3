using IomSim.Scenarios.Yaml;
using SeedWorld = IomSim.Domain.World.World;

namespace IomSim.Scenarios.Reading;

/// <summary>What every part of the reader needs: the file's name for errors, and the seeded world to check references against.</summary>
internal sealed class ReadContext
{
    public ReadContext(string file, SeedWorld world)
    {
        File = file;
        World = world;
    }

    /// <summary>The file, as it appears in errors.</summary>
    public string File { get; }

    /// <summary>The seeded world: states, documented outcomes.</summary>
    public SeedWorld World { get; }

    /// <summary>The bytes of the files the scenario includes (<c>world.parameters_from</c>), in reading order: they join its content hash.</summary>
    public List<byte[]> Included { get; } = [];

    /// <summary>An error at <paramref name="at"/>: <paramref name="problem"/> says what was wrong and what was expected.</summary>
    public ScenarioException Error(YamlValue at, string problem) => new(File, at.Line, at.Column, problem);
}
