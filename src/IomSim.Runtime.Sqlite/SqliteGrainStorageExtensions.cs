using IomSim.Runtime.Sqlite;
using IomSim.Runtime.Storage;

// In the namespace of GrainRuntimeOptions, so the method shows up wherever the options are configured.
namespace IomSim.Runtime.Hosting;

/// <summary>Registers <see cref="SqliteGrainStorage"/> with a runtime.</summary>
public static class SqliteGrainStorageExtensions
{
    /// <summary>
    /// Registers SQLite storage in the file at <paramref name="path"/> under a name, by default the default name.
    /// Each runtime opens its own instance on the file and disposes it when the runtime is disposed.
    /// </summary>
    public static GrainRuntimeOptions AddSqliteGrainStorage(
        this GrainRuntimeOptions options, string path, string name = PersistentStateAttribute.DefaultStorage)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return options.AddSqliteGrainStorage(new SqliteGrainStorageOptions { Path = path }, name);
    }

    /// <summary>Registers SQLite storage with the given options under a name, by default the default name.</summary>
    public static GrainRuntimeOptions AddSqliteGrainStorage(
        this GrainRuntimeOptions options, SqliteGrainStorageOptions storageOptions, string name = PersistentStateAttribute.DefaultStorage)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(storageOptions);
        ArgumentException.ThrowIfNullOrWhiteSpace(storageOptions.Path, nameof(storageOptions));
        return options.AddGrainStorage(name, () => new SqliteGrainStorage(storageOptions));
    }
}
