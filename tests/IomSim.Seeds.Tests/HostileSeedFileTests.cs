using System.Diagnostics;

namespace IomSim.Seeds.Tests;

/// <summary>
/// Seed files made to crash or hang the loader, or to smuggle control characters into what is printed, are refused
/// with the file and line (issue 20, item 5; the FIFO as in item 2).
/// </summary>
public sealed class HostileSeedFileTests
{
    [Theory]
    [InlineData(SeedFiles.DocumentedOutcomes)]
    [InlineData(SeedFiles.DocumentedFunding)]
    public void A_50000_deep_nesting_is_refused_at_its_line_not_a_stack_overflow(string file)
    {
        using var seeds = new TempSeeds();
        var line = seeds.Append(file, "deep: " + new string('[', 50_000) + new string(']', 50_000));

        var error = seeds.LoadFails();

        Assert.Equal((SeedFiles.Display(file), line, "(yaml)"), (error.File, error.Line, error.Field));
        Assert.Contains($"nesting deeper than {SeedFiles.MaxNestingDepth} levels", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deep_block_nesting_is_refused_too()
    {
        using var seeds = new TempSeeds();
        var lines = Enumerable.Range(0, 40).Select(i => new string(' ', 2 * i) + "k:");
        var first = seeds.Append(SeedFiles.DocumentedOutcomes, string.Join('\n', lines.Prepend("deep:").Select((l, i) => i == 0 ? l : "  " + l)));

        var error = seeds.LoadFails();

        Assert.Equal(SeedFiles.Display(SeedFiles.DocumentedOutcomes), error.File);
        Assert.InRange(error.Line, first, first + 40);
        Assert.Contains("nesting deeper than", error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SeedFiles.States, '\0')]
    [InlineData(SeedFiles.States, '\u001b')]
    [InlineData(SeedFiles.States, '\u0007')]
    [InlineData(SeedFiles.Groups, '\u009b')]
    [InlineData(SeedFiles.Contributions, '\u007f')]
    public void A_control_character_in_a_csv_file_is_refused_with_its_line_and_column(string file, char control)
    {
        using var seeds = new TempSeeds();
        var line = 3;
        seeds.Edit(file, line, l => l[..2] + control + l[2..]);

        var error = seeds.LoadFails();

        Assert.Equal((SeedFiles.Display(file), line, "(text)"), (error.File, error.Line, error.Field));
        Assert.Equal($"a control character (U+{(int)control:X4}) at column 3 (expected text without control characters; only tabs and line ends are allowed)", error.Problem);
        Assert.DoesNotContain(control, error.Message);
    }

    [Theory]
    [InlineData(SeedFiles.DocumentedOutcomes)]
    [InlineData(SeedFiles.DocumentedFunding)]
    public void A_control_character_in_a_yaml_file_is_refused(string file)
    {
        using var seeds = new TempSeeds();
        var line = seeds.Append(file, "# a comment with \u001b]0;title\u0007 in it");

        var error = seeds.LoadFails();

        Assert.Equal((SeedFiles.Display(file), line, "(text)"), (error.File, error.Line, error.Field));
        Assert.Contains("a control character (U+001B) at column 18", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_seed_file_over_the_size_limit_is_refused()
    {
        using var seeds = new TempSeeds();
        File.AppendAllText(Path.Combine(seeds.Directory, SeedFiles.Relations), new string('#', SeedFiles.MaxFileBytes));

        var error = seeds.LoadFails();

        Assert.Equal((SeedFiles.Display(SeedFiles.Relations), 0), (error.File, error.Line));
        Assert.Contains("over the limit of 16,777,216 bytes", error.Problem, StringComparison.Ordinal);
    }

    // Before the fix, the loader blocked for ever opening the FIFO; the timeout fails the test instead of hanging the suite.
    [Theory(Timeout = 60_000)]
    [InlineData(SeedFiles.States)]
    [InlineData(SeedFiles.Positions)]
    public async Task A_fifo_in_place_of_a_seed_file_is_refused_without_waiting(string file)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var seeds = new TempSeeds();
        seeds.Delete(file);
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [Path.Combine(seeds.Directory, file)]) { UseShellExecute = false })!)
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var error = await Task.Run(seeds.LoadFails);

        Assert.Equal(SeedFiles.Display(file), error.File);
        Assert.Contains("a FIFO (named pipe), not a regular file", error.Problem, StringComparison.Ordinal);
    }
}
