using System.Collections.Immutable;
using IomSim.Web.Sessions;
using IomSim.Web.Views;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using HttpResults = Microsoft.AspNetCore.Http.Results;
using Microsoft.AspNetCore.Routing;
using Orleans.Storage;

namespace IomSim.Web.Api;

/// <summary>The JSON API under <c>/api</c>: the scenarios, one scenario's controls, runs, and classroom sessions.</summary>
internal static class ApiEndpoints
{
    /// <summary>Maps the routes.</summary>
    public static void Map(IEndpointRouteBuilder routes, ScenarioCatalog catalog, RunService runs, SessionService sessions)
    {
        var api = routes.MapGroup("/api");
        api.MapGet("/scenarios", () => TypedResults.Json(
            catalog.All.Select(s => ScenarioViews.Summary(s.Scenario, s.File)).ToImmutableArray(),
            ApiJson.Default.ImmutableArrayScenarioSummaryView));
        api.MapGet("/scenarios/{id}", (string id) => catalog.Find(id) is { } scenario
            ? HttpResults.Json(ScenarioViews.Detail(scenario, catalog.World), ApiJson.Default.ScenarioDetailView)
            : Problem(StatusCodes.Status404NotFound, "id", $"unknown scenario '{id}' (expected an id that GET /api/scenarios lists, such as russia-2020)"));
        api.MapPost("/runs", async (HttpContext context) =>
        {
            try
            {
                var request = await RequestBody.ReadAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
                if (request.Session is { } session)
                {
                    SessionService.Check(session);
                }

                var view = await runs.RunAsync(request, context.RequestAborted).ConfigureAwait(false);
                if (request.Session is not null)
                {
                    await sessions.RecordAsync(request, view).ConfigureAwait(false);
                }

                return HttpResults.Json(view, ApiJson.Default.RunView);
            }
            catch (BadRequestException error)
            {
                return Problem(StatusCodes.Status400BadRequest, error.Field, error.Message);
            }
            catch (InconsistentStateException)
            {
                return Stale();
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
                // The client left: the engine stopped starting runs, and nobody is there to answer.
                return HttpResults.Empty;
            }
            catch (BadHttpRequestException error)
            {
                return Unreadable(error);
            }
        }).WithMetadata(Http.RunQueue.Marker);
        api.MapPost("/report", async (HttpContext context) =>
        {
            try
            {
                var request = await RequestBody.ReadAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
                var played = await runs.PlayAsync(request, context.RequestAborted).ConfigureAwait(false);
                context.Response.Headers.ContentDisposition = $"attachment; filename=\"{ReportExport.FileName(played)}\"";
                return HttpResults.Bytes(ReportExport.Render(played, catalog.World), "text/html; charset=utf-8");
            }
            catch (BadRequestException error)
            {
                return Problem(StatusCodes.Status400BadRequest, error.Field, error.Message);
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
                return HttpResults.Empty;
            }
            catch (BadHttpRequestException error)
            {
                return Unreadable(error);
            }
        }).WithMetadata(Http.RunQueue.Marker);
        api.MapGet("/sessions/{id}", async (string id) =>
        {
            try
            {
                return HttpResults.Json(await sessions.ReadAsync(id).ConfigureAwait(false), ApiJson.Default.ClassroomSession);
            }
            catch (BadRequestException error)
            {
                return Problem(StatusCodes.Status400BadRequest, error.Field, error.Message);
            }
        });
        api.MapPut("/sessions/{id}", async (string id, HttpContext context) =>
        {
            try
            {
                var request = await RequestBody.ReadAsync(context.Request, ApiJson.Default.SessionRequest, "session", "scenario and changes", context.RequestAborted).ConfigureAwait(false);
                return HttpResults.Json(await sessions.ChangeAsync(id, request).ConfigureAwait(false), ApiJson.Default.ClassroomSession);
            }
            catch (BadRequestException error)
            {
                return Problem(StatusCodes.Status400BadRequest, error.Field, error.Message);
            }
            catch (InconsistentStateException)
            {
                return Stale();
            }
        });
        api.MapFallback(() => Problem(StatusCodes.Status404NotFound, "path", "no such API route (expected GET /api/scenarios, GET /api/scenarios/{id}, POST /api/runs, POST /api/report, GET or PUT /api/sessions/{id})"));
    }

    // Kestrel refused the body while it was read: over the size limit, or cut off.
    private static IResult Unreadable(BadHttpRequestException error) => Problem(error.StatusCode, "body", error.StatusCode == StatusCodes.Status413PayloadTooLarge
        ? $"the body is over the limit of {ApiLimits.MaxBodyBytes} bytes"
        : "the body could not be read");

    // Another copy of the session wrote since this one read it: nothing was overwritten; reading again gives the latest.
    private static IResult Stale() => Problem(StatusCodes.Status409Conflict, "session",
        "the session was changed elsewhere since it was read; nothing was written (read it again with GET /api/sessions/{id})");

    // RFC 7807 problem details: the message, and the field at fault under errors, as validation problems carry it.
    private static IResult Problem(int status, string field, string message) => HttpResults.Problem(
        detail: message,
        statusCode: status,
        title: status switch
        {
            StatusCodes.Status404NotFound => "Not found",
            StatusCodes.Status409Conflict => "Conflict",
            _ => "The request is not valid",
        },
        extensions: new Dictionary<string, object?>
        {
            ["field"] = field,
            ["errors"] = new Dictionary<string, string[]> { [field] = [message] },
        });
}
