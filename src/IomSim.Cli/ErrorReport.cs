using IomSim.Results;
using IomSim.Scenarios;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace IomSim.Cli;

/// <summary>Turns an exception that reached the top into one line on standard error and an exit code; never a stack trace unless asked.</summary>
internal static class ErrorReport
{
    /// <summary>Writes the error and returns the exit code.</summary>
    public static int Write(Exception exception, TextWriter error, bool verbose)
    {
        var (code, line) = Describe(exception);
        error.WriteLine(OneLine(line));
        if (verbose)
        {
            error.WriteLine(exception.ToString());
        }

        return code;
    }

    private static (int Code, string Line) Describe(Exception exception) => exception switch
    {
        ScenarioException { File.Length: > 0 } e => (ExitCodes.InvalidInput, e.Message),
        ScenarioException e => (ExitCodes.InvalidInput, $"iomsim: {e.Message}"),
        InvalidInputException e => (ExitCodes.InvalidInput, e.Message),
        ResultsStoreException e => (ExitCodes.InvalidInput, $"iomsim: {e.Message}"),
        ResultsStoreUnreachableException e => (ExitCodes.Failure, $"iomsim: {e.Message}"),
        Grains.ClusterUnavailableException e => (ExitCodes.Failure, e.Message),
        OperationCanceledException => (ExitCodes.Failure, "iomsim: cancelled"),
        IOException e => (ExitCodes.Failure, $"iomsim: {e.Message}"),
        UnauthorizedAccessException e => (ExitCodes.Failure, $"iomsim: {e.Message}"),
        SqliteException e => (ExitCodes.Failure, $"iomsim: the results file failed: {e.Message}"),
        NpgsqlException e => (ExitCodes.Failure, $"iomsim: the results database failed: {Results.Postgres.PostgresUrl.Redact(e.Message)}"),
        _ => (ExitCodes.Failure, $"iomsim: unexpected error ({exception.GetType().Name}): {exception.Message} (run with --verbose for details)"),
    };

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
