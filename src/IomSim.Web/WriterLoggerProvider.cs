using Microsoft.Extensions.Logging;

namespace IomSim.Web;

/// <summary>
/// Logs warnings and errors of the host as one line each to a writer (the CLI's standard error), so a server-side
/// failure that the client sees only as a bare 500 is still told to whoever runs the dashboard.
/// </summary>
internal sealed class WriterLoggerProvider(TextWriter writer) : ILoggerProvider
{
    private readonly Lock _gate = new();

    public ILogger CreateLogger(string categoryName) => new WriterLogger(this);

    public void Dispose()
    {
    }

    private void Write(string line)
    {
        lock (_gate)
        {
            writer.WriteLine(line);
            writer.Flush();
        }
    }

    private sealed class WriterLogger(WriterLoggerProvider provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                var detail = exception is null ? string.Empty : $": {exception.GetType().Name}: {exception.Message}";
                provider.Write($"iomsim serve: {logLevel.ToString().ToLowerInvariant()}: {formatter(state, exception)}{detail}");
            }
        }
    }
}
