using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace IomSim.Web.Http;

/// <summary>
/// The limits on a request's target and headers, answered with a problem body. Kestrel refuses an over-long request
/// line (414) or header block (431) before any middleware runs, with an empty body and no hook to add one; so Kestrel's
/// own ceilings are set well above these limits and the limits are enforced here, where the answer can say what was
/// wrong. Only a request beyond Kestrel's ceilings, or one that is not HTTP at all, still gets Kestrel's bare answer.
/// </summary>
internal static class RequestSizeLimits
{
    /// <summary>Longest path and query, in characters.</summary>
    public const int MaxTargetLength = 4 * 1024;

    /// <summary>Largest header block (names and values), in characters.</summary>
    public const int MaxHeaderLength = 16 * 1024;

    /// <summary>Kestrel's own ceilings, four times the limits above: requests between the two get a problem body.</summary>
    public static void RaiseKestrelCeilings(KestrelServerLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        limits.MaxRequestLineSize = 4 * MaxTargetLength;
        limits.MaxRequestHeadersTotalSize = 4 * MaxHeaderLength;
    }

    /// <summary>Refuses requests over the limits in <paramref name="app"/>'s pipeline.</summary>
    public static void Use(IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        var target = request.PathBase.Value!.Length + request.Path.Value!.Length + request.QueryString.Value!.Length;
        if (target > MaxTargetLength)
        {
            await ProblemResponse.WriteAsync(context, StatusCodes.Status414UriTooLong, "The address is too long", "path",
                $"the path and query are {target} characters, over the limit of {MaxTargetLength}").ConfigureAwait(false);
            return;
        }

        var headers = 0;
        foreach (var (name, values) in request.Headers)
        {
            headers += name.Length + values.Sum(v => v?.Length ?? 0);
        }

        if (headers > MaxHeaderLength)
        {
            await ProblemResponse.WriteAsync(context, StatusCodes.Status431RequestHeaderFieldsTooLarge, "The headers are too large", "headers",
                $"the headers are {headers} characters, over the limit of {MaxHeaderLength}").ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    });
}
