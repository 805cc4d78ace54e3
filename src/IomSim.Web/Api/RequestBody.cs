using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;

namespace IomSim.Web.Api;

/// <summary>Reads a request's JSON body, turning every way it can be wrong into a <see cref="BadRequestException"/>.</summary>
internal static class RequestBody
{
    /// <summary>The run request in <paramref name="request"/>'s body.</summary>
    /// <exception cref="BadRequestException">Not JSON, malformed, of the wrong shape, or empty.</exception>
    /// <exception cref="BadHttpRequestException">The body is over the size limit (413).</exception>
    public static Task<RunRequest> ReadAsync(HttpRequest request, CancellationToken cancellationToken) =>
        ReadAsync(request, ApiJson.Default.RunRequest, "run request", "scenario, seed, runs and changes", cancellationToken);

    /// <summary>The <paramref name="what"/> in <paramref name="request"/>'s body, a JSON object with <paramref name="fields"/>.</summary>
    /// <exception cref="BadRequestException">Not JSON, malformed, of the wrong shape, or empty.</exception>
    /// <exception cref="BadHttpRequestException">The body is over the size limit (413).</exception>
    public static async Task<T> ReadAsync<T>(HttpRequest request, JsonTypeInfo<T> type, string what, string fields, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            throw new BadRequestException("body", $"the body's content type is '{request.ContentType}' (expected application/json)");
        }

        if (request.ContentLength > ApiLimits.MaxBodyBytes)
        {
            throw new BadHttpRequestException($"the body is {request.ContentLength} bytes, over the limit of {ApiLimits.MaxBodyBytes}", StatusCodes.Status413PayloadTooLarge);
        }

        try
        {
            return await JsonSerializer.DeserializeAsync(request.Body, type, cancellationToken).ConfigureAwait(false)
                ?? throw new BadRequestException("body", $"the body is null (expected a JSON object with {fields})");
        }
        catch (JsonException error)
        {
            var field = string.IsNullOrEmpty(error.Path) || error.Path == "$" ? "body" : error.Path.TrimStart('$', '.');
            var where = error.LineNumber is { } line ? $" (line {line + 1}, position {error.BytePositionInLine + 1})" : string.Empty;
            throw new BadRequestException(field, $"the body is not a valid {what} at {error.Path ?? "$"}{where}: {Reason(error)}");
        }
    }

    // System.Text.Json's messages name the .NET type; keep the first sentence, which says what was wrong.
    private static string Reason(JsonException error)
    {
        var message = error.Message;
        var end = message.IndexOf(". Path:", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message;
    }
}
