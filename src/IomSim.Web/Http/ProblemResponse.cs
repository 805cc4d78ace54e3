using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace IomSim.Web.Http;

/// <summary>
/// A problem response (RFC 7807) written by middleware, in the same shape as the API's own: the message, and the field
/// at fault under <c>field</c> and <c>errors</c>.
/// </summary>
internal static class ProblemResponse
{
    /// <summary>Writes a <paramref name="status"/> problem about <paramref name="field"/> to <paramref name="context"/>.</summary>
    public static async Task WriteAsync(HttpContext context, int status, string title, string field, string message)
    {
        context.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Title = title, Detail = message };
        problem.Extensions["field"] = field;
        problem.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [message] };
        var service = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await service.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }).ConfigureAwait(false);
    }
}
