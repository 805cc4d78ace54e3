namespace IomSim.Web.Tests;

/// <summary>Where the browser tests find Debian's Chromium, and whether they must.</summary>
internal static class Chromium
{
    /// <summary>The default path of Debian's Chromium.</summary>
    public const string DefaultPath = "/usr/bin/chromium";

    /// <summary>True when <c>IOMSIM_CHROMIUM</c> is set.</summary>
    public static bool Named => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("IOMSIM_CHROMIUM"));

    /// <summary>True when <c>IOMSIM_REQUIRE_CHROMIUM</c> is 1: the browser tests must run.</summary>
    public static bool Required => Environment.GetEnvironmentVariable("IOMSIM_REQUIRE_CHROMIUM") == "1";

    /// <summary>The browser's executable.</summary>
    /// <exception cref="InvalidOperationException">No executable there: the message says what to install or set.</exception>
    public static string Path
    {
        get
        {
            var path = Environment.GetEnvironmentVariable("IOMSIM_CHROMIUM") is { Length: > 0 } named ? named : DefaultPath;
            return File.Exists(path)
                ? path
                : throw new InvalidOperationException(
                    $"Chromium is required (IOMSIM_REQUIRE_CHROMIUM=1 or IOMSIM_CHROMIUM set) but {path} does not exist: "
                    + "install Debian's chromium (apt-get install chromium) or point IOMSIM_CHROMIUM at the browser");
        }
    }
}
