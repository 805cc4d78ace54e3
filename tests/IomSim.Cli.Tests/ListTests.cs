using IomSim.Testing;

namespace IomSim.Cli.Tests;

/// <summary><c>list</c>: one line per shipped scenario.</summary>
public sealed class ListTests : IDisposable
{
    private readonly ResultsFolder _folder = new();

    [Fact]
    public void List_shows_each_shipped_scenario_with_its_body_and_title()
    {
        var list = Iomsim.Run("list", "--dir", RepositoryRoot.Combine("scenarios"));

        Assert.Equal(0, list.ExitCode);
        var lines = list.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Iomsim.ShippedScenarios().Count() + 1, lines.Length);
        Assert.Matches(@"^russia-2020\s+iom-council\s+russia-2020\.yaml\s+Russia's admission", lines.Single(l => l.StartsWith("russia-2020 ", StringComparison.Ordinal)));
        Assert.Matches(@"^gcm-2018-unga\s+unga\s+", lines.Single(l => l.StartsWith("gcm-2018-unga ", StringComparison.Ordinal)));
        foreach (var file in Iomsim.ShippedScenarios())
        {
            Assert.Contains(lines, l => l.Contains(Path.GetFileName(file), StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Without_a_folder_list_shows_the_copies_shipped_with_the_program()
    {
        var list = Iomsim.Run("list");

        Assert.Equal(0, list.ExitCode);
        Assert.Equal(Iomsim.ShippedScenarios().Count() + 1, list.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void A_bad_scenario_in_the_folder_is_reported_and_the_good_ones_still_listed()
    {
        File.Copy(Iomsim.Scenario("russia-2020.yaml"), _folder.Combine("good.yaml"));
        var bad = BadScenario.All.Single(b => b.Name == "unknown-kind").WriteInto(_folder.Path);

        var list = Iomsim.Run("list", "--dir", _folder.Path);

        Assert.Equal(2, list.ExitCode);
        Assert.StartsWith($"{bad}:", Assert.Single(list.ErrorLines), StringComparison.Ordinal);
        Assert.Contains("russia-2020 ", list.Out, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
