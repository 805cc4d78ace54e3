using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace IomSim.Web.Http;

/// <summary>
/// Refuses a request whose Host header names a host the server does not listen on (<see cref="ServedHosts"/>), with a
/// problem body, so a page that rebinds its DNS name to this machine cannot drive the API. ASP.NET Core's host
/// filtering middleware does the same check but answers with a bare 400 ahead of the problem-details pipeline; this
/// uses its matching (<see cref="HostString.MatchesAny"/>) inside the pipeline instead.
/// </summary>
internal static class HostCheck
{
    /// <summary>Adds the check for <paramref name="allowed"/> hosts to <paramref name="app"/>'s pipeline.</summary>
    public static void Use(IApplicationBuilder app, IReadOnlyList<string> allowed)
    {
        var hosts = allowed.Select(h => new Microsoft.Extensions.Primitives.StringSegment(h)).ToArray();
        app.Use(async (context, next) =>
        {
            var host = context.Request.Host;
            if (!host.HasValue || !HostString.MatchesAny(new Microsoft.Extensions.Primitives.StringSegment(host.Value), hosts))
            {
                await ProblemResponse.WriteAsync(context, StatusCodes.Status400BadRequest, "The request is not valid", "host",
                    "the Host header names a host this server does not listen on (use the address 'iomsim serve' printed)").ConfigureAwait(false);
                return;
            }

            await next(context).ConfigureAwait(false);
        });
    }
}
