using System.Diagnostics;
using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;

namespace IomSim.Web.Http;

/// <summary>
/// The queue in front of the endpoints that play runs: each client (by address) may have a few requests waiting, the
/// whole server a few more, and a request beyond either bound is answered at once with 429 and a <c>Retry-After</c>
/// estimated from how long recent requests took, instead of waiting minutes for an answer. Built on ASP.NET Core's
/// rate limiter (concurrency limiters, one per client chained with one for the server); endpoints opt in with
/// <see cref="Marker"/>.
/// </summary>
internal sealed class RunQueue
{
    private readonly RunQueueLimits _limits;
    private long _finished;
    private long _finishedTicks;

    public RunQueue(RunQueueLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        _limits = limits;
    }

    /// <summary>The endpoint metadata that puts an endpoint behind the queue.</summary>
    public static object Marker { get; } = new QueuedEndpoint();

    /// <summary>Registers the limiter with <paramref name="options"/>.</summary>
    public void Configure(RateLimiterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var perClient = PartitionedRateLimiter.Create<HttpContext, string>(context => Queued(context)
            ? RateLimitPartition.GetConcurrencyLimiter(ClientOf(context), _ => Limiter(_limits.RunningPerClient, _limits.WaitingPerClient))
            : RateLimitPartition.GetNoLimiter(string.Empty));
        var overall = PartitionedRateLimiter.Create<HttpContext, string>(context => Queued(context)
            ? RateLimitPartition.GetConcurrencyLimiter("server", _ => Limiter(_limits.Running, _limits.Waiting))
            : RateLimitPartition.GetNoLimiter(string.Empty));
        options.GlobalLimiter = PartitionedRateLimiter.CreateChained(perClient, overall);
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.OnRejected = (rejected, _) =>
        {
            var seconds = RetryAfterSeconds();
            rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return new ValueTask(ProblemResponse.WriteAsync(rejected.HttpContext, StatusCodes.Status429TooManyRequests, "Too many runs waiting", "runs",
                $"too many run requests are waiting (at most {_limits.RunningPerClient + _limits.WaitingPerClient} per client and "
                + $"{_limits.Running + _limits.Waiting} in all); try again in about {seconds} s"));
        };
    }

    /// <summary>Times each queued request in <paramref name="app"/>'s pipeline, for the <c>Retry-After</c> estimate.</summary>
    public void Use(IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!Queued(context))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        await next(context).ConfigureAwait(false);
        Interlocked.Add(ref _finishedTicks, Stopwatch.GetElapsedTime(started).Ticks);
        Interlocked.Increment(ref _finished);
    });

    // The time a full queue takes to drain at the mean duration so far (5 s before anything has finished), at least 1 s.
    private int RetryAfterSeconds()
    {
        var finished = Interlocked.Read(ref _finished);
        var mean = finished == 0 ? TimeSpan.FromSeconds(5) : TimeSpan.FromTicks(Interlocked.Read(ref _finishedTicks) / finished);
        var ahead = (_limits.Running + _limits.Waiting) / (double)Math.Max(1, _limits.Running);
        return (int)Math.Clamp(Math.Ceiling(mean.TotalSeconds * ahead), 1, 3600);
    }

    private static ConcurrencyLimiterOptions Limiter(int running, int waiting) => new()
    {
        PermitLimit = running,
        QueueLimit = waiting,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    };

    private static bool Queued(HttpContext context) => context.GetEndpoint()?.Metadata.GetMetadata<QueuedEndpoint>() is not null;

    private static string ClientOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private sealed class QueuedEndpoint;
}
