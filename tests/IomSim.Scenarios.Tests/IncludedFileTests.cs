using System.Diagnostics;

namespace IomSim.Scenarios.Tests;

/// <summary>
/// <c>world.parameters_from</c> reads only regular files inside the folders a scenario may include from, and its
/// errors never quote what the file holds (issue 20, items 1 and 2).
/// </summary>
public sealed class IncludedFileTests : IDisposable
{
    // What a password file looks like: none of it may reach an error message.
    private const string Secret = "root:*:19000:0:99999:7:::\ndaemon:*:19000:0:99999:7:::\n";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "iomsim-include-" + Guid.NewGuid().ToString("N"));

    public IncludedFileTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "scenarios", "sub"));
        Directory.CreateDirectory(Path.Combine(_folder, "calibration"));
        File.WriteAllText(Path.Combine(_folder, "secret"), Secret);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("/etc/passwd", "is an absolute path")]
    [InlineData("/etc/shadow", "is an absolute path")]
    [InlineData("../secret", "is outside the folders a scenario may include from")]
    [InlineData("../../../../../../../../etc/passwd", "is outside the folders a scenario may include from")]
    [InlineData("sub/../../secret", "is outside the folders a scenario may include from")]
    [InlineData("../calibration/../secret", "is outside the folders a scenario may include from")]
    public void A_path_outside_the_allowed_folders_is_refused_at_the_value(string given, string problem)
    {
        var error = Assert.Throws<ScenarioException>(() => ReadScenario($"world:\n  parameters_from: \"{given}\""));

        Assert.Equal((Scenario, 6, 20), (error.File, error.Line, error.Column));
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
        Assert.DoesNotContain("root", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_inside_the_folder_that_points_outside_is_refused()
    {
        File.CreateSymbolicLink(Path.Combine(_folder, "calibration", "fit.yaml"), Path.Combine(_folder, "secret"));
        Directory.CreateSymbolicLink(Path.Combine(_folder, "scenarios", "up"), _folder);

        foreach (var given in new[] { "../calibration/fit.yaml", "up/secret" })
        {
            var error = Assert.Throws<ScenarioException>(() => ReadScenario($"world:\n  parameters_from: {given}"));
            Assert.Equal((Scenario, 6, 20), (error.File, error.Line, error.Column));
            Assert.Contains("is outside the folders a scenario may include from", error.Problem, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_link_that_stays_inside_is_followed()
    {
        File.WriteAllText(Path.Combine(_folder, "calibration", "real.yaml"), "parameters:\n  noise: 0.6\n");
        File.CreateSymbolicLink(Path.Combine(_folder, "scenarios", "fit.yaml"), Path.Combine(_folder, "calibration", "real.yaml"));

        Assert.Equal(0.6, ReadScenario("world:\n  parameters_from: fit.yaml").World.Parameters.Noise);
        Assert.Equal(0.6, ReadScenario("world:\n  parameters_from: ../calibration/real.yaml").World.Parameters.Noise);
    }

    [Theory]
    [InlineData(Secret)]
    [InlineData("root:*:19000: {\n")]
    [InlineData("- root\n- daemon\n")]
    [InlineData("parameters:\n  noise: root-password\n")]
    [InlineData("parameters: root-password\n")]
    [InlineData("parameters:\n  root-password: 1\n")]
    [InlineData("parameters:\n  noise: 1\n  noise: root\n")]
    [InlineData("calibration: root-password\n")]
    [InlineData("behaviour: { root-password: 1 }\n")]
    [InlineData("parameters: &root-password { noise: 1 }\n")]
    [InlineData("parameters: !root-password { noise: 1 }\n")]
    public void An_error_in_an_included_file_never_quotes_it(string content)
    {
        File.WriteAllText(Path.Combine(_folder, "calibration", "fit.yaml"), content);

        var error = Assert.Throws<ScenarioException>(() => ReadScenario("world:\n  parameters_from: ../calibration/fit.yaml"));

        Assert.EndsWith("fit.yaml", error.File, StringComparison.Ordinal);
        Assert.True(error.Line >= 1 && error.Column >= 1, error.Message);
        Assert.DoesNotContain("root", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("daemon", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_included_file_over_the_size_limit_is_refused()
    {
        File.WriteAllText(Path.Combine(_folder, "calibration", "fit.yaml"), "# " + new string('x', ScenarioFormat.MaxFileBytes));

        var error = Assert.Throws<ScenarioException>(() => ReadScenario("world:\n  parameters_from: ../calibration/fit.yaml"));

        Assert.Equal((6, 20), (error.Line, error.Column));
        Assert.Contains("over the limit of 1,048,576 bytes", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_is_refused()
    {
        var error = Assert.Throws<ScenarioException>(() => ReadScenario("world:\n  parameters_from: ../calibration"));
        Assert.Contains("a folder, not a regular file", error.Problem, StringComparison.Ordinal);
    }

    // Before the fix, opening the FIFO blocked for ever; the timeout fails the test instead of hanging the suite.
    [Fact(Timeout = 60_000)]
    public async Task A_fifo_is_refused_without_waiting_for_a_writer()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        MakeFifo(Path.Combine(_folder, "calibration", "fit.yaml"));

        var error = await Task.Run(() => Assert.Throws<ScenarioException>(() => ReadScenario("world:\n  parameters_from: ../calibration/fit.yaml")));

        Assert.Equal((Scenario, 6, 20), (error.File, error.Line, error.Column));
        Assert.Contains("a FIFO (named pipe), not a regular file", error.Problem, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_scenario_file_that_is_a_fifo_or_a_device_is_refused()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var fifo = Path.Combine(_folder, "scenarios", "fifo.yaml");
        MakeFifo(fifo);

        var error = await Task.Run(() => Assert.Throws<ScenarioException>(() => ScenarioReader.Read(fifo, Seeded.World)));
        Assert.Equal($"{fifo}: a FIFO (named pipe), not a regular file (expected a scenario file; FIFOs, devices and other special files are refused, as reading them could wait for ever)", error.Message);

        error = await Task.Run(() => Assert.Throws<ScenarioException>(() => ScenarioReader.Read("/dev/zero", Seeded.World)));
        Assert.Contains("a character device, not a regular file", error.Message, StringComparison.Ordinal);
    }

    private string Scenario => Path.Combine(_folder, "scenarios", "test.yaml");

    private Model.Scenario ReadScenario(string world)
    {
        File.WriteAllText(Scenario, ScenarioText.WithTop(world));
        return ScenarioReader.Read(Scenario, Seeded.World);
    }

    internal static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
