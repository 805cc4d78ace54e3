using Microsoft.AspNetCore.Builder;

namespace IomSim.Web.Http;

/// <summary>
/// Headers every response carries, whatever wrote it (an endpoint, the exception handler, the status-code pages, the
/// rate limiter): no content-type sniffing, no framing, and a content security policy. A response that set its own
/// policy (the page) keeps it; every other response (JSON, problems) gets one that allows nothing, since none of them
/// is meant to be rendered as a document.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>The policy for everything that is not the page: nothing may load, nothing may frame it.</summary>
    public const string NothingPolicy = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    // Orleans' own dashboard is a script-driven page of its own: only framing and plugins are shut off there.
    private const string OrleansDashboardPolicy = "object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    /// <summary>Adds the headers to every response of <paramref name="app"/>.</summary>
    public static void Use(IApplicationBuilder app) => app.Use((context, next) =>
    {
        // Set when the response starts: the exception handler clears headers set before it.
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            if (string.IsNullOrEmpty(headers.ContentSecurityPolicy))
            {
                headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(DashboardSettings.OrleansDashboardPath, StringComparison.Ordinal)
                    ? OrleansDashboardPolicy
                    : NothingPolicy;
            }

            return Task.CompletedTask;
        });
        return next(context);
    });
}
