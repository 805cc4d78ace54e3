using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace IomSim.Cli.Tests;

/// <summary>
/// Hostile scenario files through the program (issue 20): control characters never reach the terminal raw (item 3),
/// FIFOs are refused instead of hanging (item 2), included files outside the scenario's folders are refused and never
/// quoted (item 1).
/// </summary>
public sealed partial class HostileInputTests : IDisposable
{
    // Sets the terminal's title, rings the bell and clears the screen when printed raw.
    private const string Hostile = "Russia \\e]0;pwned\\a\\e[2J\\x9b31m";

    private readonly ResultsFolder _folder = new();

    [Fact]
    public void A_title_with_escape_sequences_is_printed_escaped()
    {
        var path = Spoiled("^title: .*$", $"title: \"{Hostile}\"");

        var run = Iomsim.Run("run", path, "--runs", "1");

        Assert.Equal(0, run.ExitCode);
        AssertNoRawControls(run);
        Assert.Contains("Russia \\u001B]0;pwned\\u0007\\u001B[2J\\u009B31m", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_stays_valid_json_and_keeps_the_title_as_it_was()
    {
        var path = Spoiled("^title: .*$", $"title: \"{Hostile}\"");

        var run = Iomsim.Run("run", path, "--runs", "1", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        AssertNoRawControls(run);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal("Russia \u001b]0;pwned\u0007\u001b[2J\u009b31m", json.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public void An_error_naming_a_key_with_escape_sequences_is_printed_escaped()
    {
        var path = Spoiled("^runs: 1$", $"\"{Hostile}\": 1");

        var validate = Iomsim.Run("validate", path);

        Assert.Equal(2, validate.ExitCode);
        AssertNoRawControls(validate);
        Assert.Contains("unknown key 'Russia \\u001B]0;pwned\\u0007\\u001B[2J\\u009B31m'", validate.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_list_of_scenarios_is_printed_escaped_and_still_aligned()
    {
        File.WriteAllText(_folder.Combine("a.yaml"), Regex.Replace(File.ReadAllText(Iomsim.Scenario("russia-2020.yaml")), "^title: .*$", $"title: \"{Hostile}\"", RegexOptions.Multiline));

        var list = Iomsim.Run("list", "--dir", _folder.Path);

        Assert.Equal(0, list.ExitCode);
        AssertNoRawControls(list);
        var lines = list.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(lines[0].IndexOf("title", StringComparison.Ordinal), lines[1].IndexOf("Russia", StringComparison.Ordinal));
    }

    [Fact(Timeout = 120_000)]
    public async Task Validate_refuses_a_fifo_given_as_the_scenario_or_included_by_it()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var fifo = _folder.Combine("fifo.yaml");
        MakeFifo(fifo);
        var direct = await Task.Run(() => Iomsim.Run("validate", fifo));
        Assert.Equal(2, direct.ExitCode);
        Assert.Equal($"{fifo}: a FIFO (named pipe), not a regular file (expected a scenario file; FIFOs, devices and other special files are refused, as reading them could wait for ever)", Assert.Single(direct.ErrorLines));

        var including = Spoiled("  calibrated: false\n", "  parameters_from: fifo.yaml\n");
        var included = await Task.Run(() => Iomsim.Run("validate", including));
        Assert.Equal(2, included.ExitCode);
        Assert.Matches($@"^{Regex.Escape(including)}:\d+:\d+: parameters_from file 'fifo.yaml': a FIFO \(named pipe\), not a regular file", Assert.Single(included.ErrorLines));
    }

    [Fact(Timeout = 120_000)]
    public async Task List_reports_a_fifo_in_the_folder_and_lists_the_others()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        File.Copy(Iomsim.Scenario("russia-2020.yaml"), _folder.Combine("good.yaml"));
        MakeFifo(_folder.Combine("fifo.yaml"));

        var list = await Task.Run(() => Iomsim.Run("list", "--dir", _folder.Path));

        Assert.Equal(2, list.ExitCode);
        Assert.Contains("a FIFO (named pipe), not a regular file", Assert.Single(list.ErrorLines), StringComparison.Ordinal);
        Assert.Contains("russia-2020 ", list.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("../../../../../../../../../../etc/passwd")]
    public void Validate_refuses_an_included_file_outside_the_scenarios_folders_without_quoting_it(string given)
    {
        var path = Spoiled("  calibrated: false\n", $"  parameters_from: {given}\n");

        var validate = Iomsim.Run("validate", path);

        Assert.Equal(2, validate.ExitCode);
        var line = Assert.Single(validate.ErrorLines);
        Assert.Matches($@"^{Regex.Escape(path)}:\d+:\d+: parameters_from file '{Regex.Escape(given)}' is (an absolute path|outside the folders)", line);
        Assert.DoesNotContain("root", line, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private string Spoiled(string pattern, string replacement)
    {
        var original = File.ReadAllText(Iomsim.Scenario("russia-2020.yaml"));
        var spoiled = Regex.Replace(original, pattern, replacement, RegexOptions.Multiline);
        Assert.NotEqual(original, spoiled);
        var path = _folder.Combine("spoiled.yaml");
        File.WriteAllText(path, spoiled);
        return path;
    }

    private static void AssertNoRawControls(Iomsim.Outcome outcome)
    {
        Assert.DoesNotMatch(RawControl(), outcome.Out);
        Assert.DoesNotMatch(RawControl(), outcome.Error);
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    [GeneratedRegex("[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F]")]
    private static partial Regex RawControl();
}
