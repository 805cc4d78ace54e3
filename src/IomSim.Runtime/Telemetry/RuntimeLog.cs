using Microsoft.Extensions.Logging;

namespace IomSim.Runtime.Telemetry;

/// <summary>The runtime's log messages, source-generated.</summary>
internal static partial class RuntimeLog
{
    [LoggerMessage(1, LogLevel.Error, "{Method} of {GrainId} failed")]
    public static partial void LifecycleFailed(ILogger logger, GrainId grainId, string method, Exception error);

    [LoggerMessage(2, LogLevel.Error, "{GrainId} threw outside any call (an async void method?); nobody could observe it")]
    public static partial void UnobservedGrainError(ILogger logger, GrainId grainId, Exception error);

    [LoggerMessage(4, LogLevel.Warning, "Shut down with {Count} activations not deactivated cleanly")]
    public static partial void ShutdownIncomplete(ILogger logger, int count, Exception error);

    [LoggerMessage(3, LogLevel.Debug, "Deactivating {Count} idle activations")]
    public static partial void CollectingIdle(ILogger logger, int count);
}
