namespace IomSim.Web.Tests;

/// <summary>
/// A test that drives Chromium. It is skipped on a machine that neither names a Chromium (<c>IOMSIM_CHROMIUM</c>)
/// nor requires one (<c>IOMSIM_REQUIRE_CHROMIUM=1</c>); when one is required it runs, and fails with a clear message
/// if the browser is missing (see <see cref="Chromium.Path"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!Chromium.Named && !Chromium.Required)
        {
            Skip = "no Chromium: set IOMSIM_CHROMIUM (e.g. /usr/bin/chromium) to run the browser tests, or IOMSIM_REQUIRE_CHROMIUM=1 to require them";
        }
    }
}
