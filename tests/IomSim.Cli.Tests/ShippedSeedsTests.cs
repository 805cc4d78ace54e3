using IomSim.Testing;

namespace IomSim.Cli.Tests;

/// <summary>The program's default world is the copy of seeds/ placed next to it at build time.</summary>
public sealed class ShippedSeedsTests
{
    [Fact]
    public void The_seeds_next_to_the_program_are_the_repositorys_byte_for_byte()
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, "seeds");
        var files = Directory.EnumerateFiles(RepositoryRoot.Combine("seeds")).ToArray();

        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(shipped, Path.GetFileName(file)))));
    }

    [Fact]
    public void Help_lists_the_commands_and_exits_0()
    {
        var help = Iomsim.Run("--help");

        Assert.Equal(0, help.ExitCode);
        foreach (var command in new[] { "run", "compare", "validate", "list", "members" })
        {
            Assert.Matches($"\\n\\s+{command}\\s", help.Out);
        }
    }
}
