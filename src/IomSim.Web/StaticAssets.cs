using System.Text;
using IomSim.Reports.Charts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using HttpResults = Microsoft.AspNetCore.Http.Results;
using Microsoft.AspNetCore.Routing;

namespace IomSim.Web;

/// <summary>
/// The page, its script and its style, served from the assembly's resources. The content security policy lets the
/// page load nothing but these and talk to nothing but this server.
/// </summary>
internal static class StaticAssets
{
    private const string Policy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static readonly (string Route, string Resource, string ContentType)[] s_assets =
    [
        ("/", "index.html", "text/html; charset=utf-8"),
        ("/app.js", "app.js", "text/javascript; charset=utf-8"),
        ("/controls.js", "controls.js", "text/javascript; charset=utf-8"),
        ("/record.js", "record.js", "text/javascript; charset=utf-8"),
        ("/link.js", "link.js", "text/javascript; charset=utf-8"),
        ("/app.css", "app.css", "text/css; charset=utf-8"),
        ("/council.js", "council.js", "text/javascript; charset=utf-8"),
        ("/favicon.svg", "favicon.svg", "image/svg+xml"),
    ];

    /// <summary>Maps a GET route per asset, and <c>/hemicycle.css</c>: the seat chart's step rules, written once by the report's component.</summary>
    public static void Map(IEndpointRouteBuilder routes)
    {
        foreach (var (route, resource, contentType) in s_assets)
        {
            Serve(routes, route, Read(resource), contentType);
        }

        Serve(routes, "/hemicycle.css", Encoding.UTF8.GetBytes(HemicycleStyle.Rules), "text/css; charset=utf-8");
    }

    private static void Serve(IEndpointRouteBuilder routes, string route, byte[] bytes, string contentType) =>
        routes.MapGet(route, (HttpContext context) =>
        {
            context.Response.Headers.ContentSecurityPolicy = Policy;
            context.Response.Headers.CacheControl = "no-cache";
            return HttpResults.Bytes(bytes, contentType);
        }).ExcludeFromDescription();

    private static byte[] Read(string resource)
    {
        using var stream = typeof(StaticAssets).Assembly.GetManifestResourceStream($"IomSim.Web.Assets.{resource}")
            ?? throw new InvalidOperationException($"The dashboard's {resource} is missing from the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
