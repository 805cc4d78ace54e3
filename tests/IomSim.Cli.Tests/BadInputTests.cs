using System.Text.RegularExpressions;

namespace IomSim.Cli.Tests;

/// <summary>Bad input of every kind ends with exit code 2 and one line saying where and what, never a stack trace.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly ResultsFolder _folder = new();

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var bad in BadScenario.All)
        {
            data.Add(bad.Name, "run");
            data.Add(bad.Name, "validate");
            data.Add(bad.Name, "compare");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_bad_scenario_exits_2_with_one_line_naming_file_line_and_column(string name, string command)
    {
        var bad = BadScenario.All.Single(b => b.Name == name);
        var path = bad.WriteInto(_folder.Path);

        var outcome = command == "validate" ? Iomsim.Run(command, path) : Iomsim.Run(command, path, "--store", _folder.Store);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal(string.Empty, outcome.Out);
        var line = Assert.Single(outcome.ErrorLines);
        var match = Regex.Match(line, $"^{Regex.Escape(path)}:(\\d+):(\\d+): (.+)$");
        Assert.True(match.Success, line);
        Assert.True(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) >= 1, line);
        Assert.True(int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) >= 1, line);
        Assert.Contains(bad.Message, match.Groups[3].Value, StringComparison.Ordinal);
        Assert.Contains("expected", match.Groups[3].Value, StringComparison.Ordinal);
        if (bad.Where(path) is { } where)
        {
            Assert.Equal($"{where.Line}", match.Groups[1].Value);
        }

        Assert.False(File.Exists(_folder.Store), "nothing is stored for a scenario that does not read");
    }

    [Theory]
    [InlineData("oversized", "over the limit")]
    [InlineData("alias", "anchor")]
    [InlineData("deep", "nesting deeper")]
    public void A_hostile_scenario_is_refused_quickly_with_one_line(string name, string message)
    {
        var path = _folder.Combine(name + ".yaml");
        File.WriteAllText(path, name switch
        {
            "oversized" => "# " + new string('x', 1024 * 1024) + "\n",
            "alias" => "id: &a x\ntitle: *a\n",
            _ => "id: " + new string('[', 10_000) + new string(']', 10_000) + "\n",
        });

        var outcome = Iomsim.Run("run", path, "--store", _folder.Store);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Matches($"^{Regex.Escape(path)}:\\d+:\\d+: .*{message}", Assert.Single(outcome.ErrorLines));
    }

    [Fact]
    public void A_missing_scenario_file_exits_2_with_one_line()
    {
        var path = _folder.Combine("nowhere.yaml");

        var outcome = Iomsim.Run("run", path, "--store", _folder.Store);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal(
            [$"{path}: no such file (expected a scenario file such as scenarios/russia-2020.yaml, or a scenario id such as russia-2020; 'iomsim list' shows the scenarios)"],
            outcome.ErrorLines);
    }

    [Theory]
    [InlineData("run")]
    [InlineData("run", "SCENARIO", "--runs", "0")]
    [InlineData("run", "SCENARIO", "--runs", "many")]
    [InlineData("run", "SCENARIO", "--format", "xml")]
    [InlineData("run", "SCENARIO", "--seed", "-1")]
    [InlineData("run", "SCENARIO", "--parallel", "0")]
    [InlineData("members", "--body", "senate")]
    [InlineData("frobnicate")]
    public void Bad_usage_exits_2_without_running_anything(params string[] args)
    {
        var outcome = Iomsim.Run([.. args.Select(a => a == "SCENARIO" ? Iomsim.Scenario("russia-2020.yaml") : a), "--store", _folder.Store]);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal(string.Empty, outcome.Out);
        Assert.All(outcome.ErrorLines, line => Assert.StartsWith("iomsim: ", line, StringComparison.Ordinal));
        Assert.False(File.Exists(_folder.Store));
    }

    [Fact]
    public void Bad_seed_data_exits_2_naming_the_file_line_and_field()
    {
        var seeds = _folder.Combine("seeds");
        Directory.CreateDirectory(seeds);
        foreach (var file in Directory.EnumerateFiles(Iomsim.Seeds))
        {
            File.Copy(file, Path.Combine(seeds, Path.GetFileName(file)));
        }

        var membership = Path.Combine(seeds, "iom-membership.csv");
        var lines = File.ReadAllLines(membership);
        lines[2] = lines[2].Replace("1991-12-31", "1991-13-31", StringComparison.Ordinal);
        File.WriteAllLines(membership, lines);

        var outcome = Iomsim.Run("run", Iomsim.Scenario("russia-2020.yaml"), "--seeds", seeds, "--store", _folder.Store);

        Assert.Equal(2, outcome.ExitCode);
        var line = Assert.Single(outcome.ErrorLines);
        Assert.StartsWith($"{membership}:3: field 'from_latest': ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_seeds_folder_exits_2()
    {
        var outcome = Iomsim.Run("validate", Iomsim.Scenario("russia-2020.yaml"), "--seeds", _folder.Combine("no-seeds"));

        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith($"{_folder.Combine("no-seeds")}: no such seeds folder", Assert.Single(outcome.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void A_results_file_that_is_not_one_exits_2_with_its_path()
    {
        var notResults = _folder.Combine("notes.db");
        File.WriteAllText(notResults, new string('x', 4096));

        var outcome = Iomsim.Run("run", Iomsim.Scenario("russia-2020.yaml"), "--store", notResults);

        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith($"iomsim: {notResults}: not an iomsim results database", Assert.Single(outcome.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void A_failure_of_a_server_exits_1_with_one_line_and_details_only_when_verbose()
    {
        // Port 1 on loopback refuses at once: a server that cannot be reached is not the user's input (exit 1). An
        // output in the way is (exit 2, before any run: OutputCheckTests).
        const string Unreachable = "postgres://iomsim:secret@127.0.0.1:1/iomsim";
        var quiet = Iomsim.Run("run", Iomsim.Scenario("russia-2020.yaml"), "--format", "json", "--store", Unreachable);
        var verbose = Iomsim.Run("run", Iomsim.Scenario("russia-2020.yaml"), "--format", "json", "--store", Unreachable, "--verbose");

        Assert.Equal(1, quiet.ExitCode);
        var line = Assert.Single(quiet.ErrorLines, l => l.StartsWith("iomsim: ", StringComparison.Ordinal));
        Assert.Contains("cannot connect to the results database", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", quiet.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", quiet.Error, StringComparison.Ordinal);
        Assert.Equal(1, verbose.ExitCode);
        Assert.Contains(line, verbose.Error, StringComparison.Ordinal);
        Assert.Contains("   at ", verbose.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
