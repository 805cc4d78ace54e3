using Microsoft.Data.Sqlite;

namespace IomSim.Cli.Tests;

/// <summary>How many runs a results file holds, read while a sweep may still be writing it (the resume and interrupt tests).</summary>
internal static class StoredRunCount
{
    /// <summary>The runs in <paramref name="store"/>; none while it or its tables do not exist yet.</summary>
    public static int In(string store)
    {
        if (!File.Exists(store))
        {
            return 0;
        }

        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = store, Mode = SqliteOpenMode.ReadWrite, Pooling = false, DefaultTimeout = 30 }.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM run;";
            return (int)(long)command.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            // Not set up yet.
            return 0;
        }
    }
}
