using IomSim.Scenarios.Yaml;
using SeedWorld = IomSim.Domain.World.World;

namespace IomSim.Scenarios.Reading;

/// <summary>What every part of the reader needs: the file's name for errors, and the seeded world to check references against.</summary>
internal sealed class ReadContext
{
    /// <summary>What messages say in place of an included file's content.</summary>
    public const string NotShown = "(not shown)";

    public ReadContext(string file, SeedWorld world, bool showsContent = true)
    {
        File = file;
        World = world;
        ShowsContent = showsContent;
    }

    /// <summary>
    /// False for an included file (<c>world.parameters_from</c>): its errors say where and what was expected but never
    /// quote what it holds, so that naming a file that is not a calibration file cannot print that file's content.
    /// </summary>
    public bool ShowsContent { get; }

    /// <summary>The file, as it appears in errors.</summary>
    public string File { get; }

    /// <summary>The seeded world: states, documented outcomes.</summary>
    public SeedWorld World { get; }

    /// <summary>The bytes of the files the scenario includes (<c>world.parameters_from</c>), in reading order: they join its content hash.</summary>
    public List<byte[]> Included { get; } = [];

    /// <summary>Text from the file as messages show it: quoted and cut to 40 characters, or "(not shown)" in an included file.</summary>
    public string Quote(string text) => ShowsContent ? $"'{YamlScalar.Shorten(text)}'" : NotShown;

    /// <summary>What <paramref name="value"/> is, for messages ("the value 'x'", "a list"), without the value in an included file.</summary>
    public string Describe(YamlValue value) =>
        ShowsContent || value is not YamlScalar { IsNull: false } ? value.Description : "a single value";

    /// <summary>An error at <paramref name="at"/>: <paramref name="problem"/> says what was wrong and what was expected.</summary>
    public ScenarioException Error(YamlValue at, string problem) => new(File, at.Line, at.Column, problem);
}
