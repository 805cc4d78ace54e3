using IomSim.Cli.Inputs;
using IomSim.Testing;

namespace IomSim.Cli.Tests.Docs;

/// <summary>
/// The README and docs/ stay true: the README's replay prints what it shows, the pages' output blocks are the
/// program's, every example command line is one the program accepts (naming scenarios that exist), and every link
/// reaches a page and a heading that exist.
/// </summary>
public sealed class DocExampleTests : IDisposable
{
    // The parser's words for what is missing rather than wrong.
    private static readonly string[] s_missing = ["Required argument missing", "is required", "Required command was not provided"];

    private readonly ResultsFolder _folder = new();

    public static TheoryData<string> Pages() => [.. DocPages.All()];

    [Fact]
    public void The_readme_replay_prints_what_the_readme_shows()
    {
        var outcome = Iomsim.Run("run", "russia-2020", "--store", _folder.Store);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(DocPages.BlockAfter("README.md", "The first plays the scenario"), outcome.Out);
    }

    [Fact]
    public void The_readme_is_read_in_five_minutes()
    {
        var lines = DocPages.Text("README.md").Split('\n').Length;

        Assert.True(lines <= 130, $"README.md has {lines} lines; depth belongs in docs/");
    }

    [Fact]
    public void The_list_in_the_cli_page_is_the_programs()
    {
        var outcome = Iomsim.Run("list");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(DocPages.BlockAfter("docs/cli.md", "**Scenarios.** `iomsim list`"), outcome.Out);
    }

    [Fact]
    public void The_members_in_the_cli_page_are_the_first_lines_of_the_programs()
    {
        var outcome = Iomsim.Run("members", "--date", "2020-11-24");
        var shown = DocPages.BlockAfter("docs/cli.md", "**Members.** `iomsim members --date 2020-11-24`");

        Assert.Equal(0, outcome.ExitCode);
        Assert.StartsWith(shown, outcome.Out, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_example_command_line_parses_and_names_a_scenario_that_exists(string page)
    {
        using var output = new StringWriter();
        var console = new CliConsole(output, output, ErrorIsTerminal: false);
        foreach (var words in DocPages.Commands(page))
        {
            // A page may name a command with only the options it is about ('iomsim backtest', 'iomsim run --format json'):
            // what is missing is not checked; every word given must be a command, an option or a value it accepts.
            // The typos shown on purpose, to show the suggestion, are the exception.
            if (words[0] == "rnu" || words.Contains("--rnus"))
            {
                continue;
            }

            var parsed = CliApplication.Parse(words, console);
            var wrong = parsed.Errors.Select(e => e.Message).Where(m => !s_missing.Any(x => m.Contains(x, StringComparison.Ordinal))).ToArray();
            Assert.True(wrong.Length == 0, $"{page}: iomsim {string.Join(' ', words)}: {string.Join("; ", wrong)}");
            foreach (var scenario in parsed.CommandResult.Children.OfType<System.CommandLine.Parsing.ArgumentResult>()
                .Where(a => a.Argument.Name == "scenario").SelectMany(a => a.Tokens).Select(t => t.Value)
                .Where(s => s != "my-scenario.yaml"))
            {
                var found = Record.Exception(() => ScenarioFile.Locate(scenario));
                Assert.True(found is null, $"{page}: iomsim {string.Join(' ', words)}: {found?.Message}");
            }
        }
    }

    [Fact]
    public void The_pages_hold_example_command_lines_to_check()
    {
        Assert.True(DocPages.Commands("README.md").Count() >= 10);
        Assert.True(DocPages.Commands("docs/cli.md").Count() >= 10);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_link_reaches_a_file_and_heading_that_exist(string page)
    {
        var folder = Path.GetDirectoryName(RepositoryRoot.Combine(page))!;
        foreach (var (target, anchor) in DocPages.Links(page))
        {
            var file = target.Length == 0 ? RepositoryRoot.Combine(page) : Path.GetFullPath(Path.Combine(folder, target));
            Assert.True(File.Exists(file) || Directory.Exists(file), $"{page}: link to {target}, no such file");
            if (anchor.Length > 0 && file.EndsWith(".md", StringComparison.Ordinal))
            {
                var anchors = DocPages.Anchors(Path.GetRelativePath(RepositoryRoot.Path, file));
                Assert.True(anchors.Contains(anchor), $"{page}: link to {target}#{anchor}, no such heading");
            }
        }
    }

    public void Dispose() => _folder.Dispose();
}
