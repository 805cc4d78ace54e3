namespace IomSim.Runtime.Storage;

/// <summary>Marks a grain constructor parameter of type <see cref="IPersistentState{TState}"/> for injection.</summary>
/// <param name="stateName">The state's name within the grain (a grain may have several).</param>
/// <param name="storageName">The registered storage provider to keep it in.</param>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class PersistentStateAttribute(string stateName, string storageName = PersistentStateAttribute.DefaultStorage) : Attribute
{
    /// <summary>The name of the storage provider used when none is given.</summary>
    public const string DefaultStorage = "Default";

    /// <summary>The state's name within the grain.</summary>
    public string StateName { get; } = stateName;

    /// <summary>The storage provider's name.</summary>
    public string StorageName { get; } = storageName;
}
