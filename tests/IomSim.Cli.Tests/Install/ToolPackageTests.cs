using System.Diagnostics;
using IomSim.Testing;

namespace IomSim.Cli.Tests.Install;

/// <summary>
/// The program as a .NET tool, end to end: packed from this build, installed into a tool path from that package
/// alone, and run from an empty folder, where it must find the shipped scenario by id and print what the program in
/// this repository prints.
/// </summary>
public sealed class ToolPackageTests : IDisposable
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private readonly ResultsFolder _folder = new();

    [Fact]
    public void The_packed_tool_installs_and_replays_russia_2020_from_another_folder()
    {
        var clock = Stopwatch.StartNew();
        var packages = _folder.Combine("packages");

        // Packed from the build the tests run on (--no-build), with the intermediate files kept out of the repository.
        Dotnet(RepositoryRoot.Path, [
            "pack", RepositoryRoot.Combine("src", "IomSim.Cli", "IomSim.Cli.csproj"), "--no-build", "--no-restore", "-c", Configuration,
            "-o", packages, $"-p:PublishDir={_folder.Combine("publish")}/", $"-p:NuspecOutputPath={_folder.Combine("nuspec")}/",
            "-nodeReuse:false"]);
        Assert.Single(Directory.GetFiles(packages, "IomSim.Cli.*.nupkg"));

        // Only the package folder as a source, and a package cache of its own, so no copy cached by an earlier install is used.
        var config = _folder.Combine("nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration><packageSources><clear /><add key="repository" value="{packages}" /></packageSources></configuration>
            """);
        var tools = _folder.Combine("tools");
        Dotnet(_folder.Path, ["tool", "install", "--tool-path", tools, "--configfile", config, "IomSim.Cli"]);

        var elsewhere = Directory.CreateDirectory(_folder.Combine("elsewhere")).FullName;
        var installed = Start(Path.Combine(tools, "iomsim"), elsewhere, ["run", "russia-2020", "--runs", "1", "--store", _folder.Combine("tool.db")]);
        var inRepository = Iomsim.Run("run", Iomsim.Scenario("russia-2020.yaml"), "--runs", "1", "--store", _folder.Store);

        Assert.True(installed.Code == 0, installed.Error);
        Assert.Equal(0, inRepository.ExitCode);
        Assert.Equal(inRepository.Out, installed.Out);
        Assert.Contains("outcome: adopted by vote", installed.Out, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(5), $"pack, install and run took {clock.Elapsed}");
    }

    public void Dispose() => _folder.Dispose();

    private void Dotnet(string folder, IReadOnlyList<string> arguments)
    {
        var result = Start(DotnetHost(), folder, arguments);
        Assert.True(result.Code == 0, $"dotnet {string.Join(' ', arguments)} failed ({result.Code}):\n{result.Out}\n{result.Error}");
    }

    private (int Code, string Out, string Error) Start(string program, string folder, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = folder,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NUGET_PACKAGES"] = _folder.Combine("nuget-cache");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment.Remove("IOMSIM_STORE");
        start.Environment.Remove("OTEL_EXPORTER_OTLP_ENDPOINT");
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(4)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', arguments)} did not end within 4 minutes");
        }

        return (process.ExitCode, output, error.GetAwaiter().GetResult());
    }

    // The dotnet running the tests, when it is one; else the one the SDK names; else the one on the PATH.
    private static string DotnetHost()
    {
        var host = Environment.ProcessPath;
        if (host is not null && Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            return host;
        }

        var fromCli = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return File.Exists(fromCli) ? fromCli : "dotnet";
    }
}
