using System.Diagnostics;

namespace IomSim.Cli.Tests;

/// <summary>
/// Starts <c>iomsim</c> as a process of its own, for what in-process runs cannot show (a kill, another current folder).
/// The program is referenced, so iomsim.dll, its runtimeconfig.json and the seeds sit next to the tests.
/// </summary>
internal static class IomsimProcess
{
    /// <summary>Starts the program with <paramref name="arguments"/>, output redirected, in <paramref name="folder"/> (or here).</summary>
    public static Process Start(IEnumerable<string> arguments, string? folder = null)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = folder ?? string.Empty,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "iomsim.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("Could not start iomsim.");
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
