using System.Collections.Immutable;
using IomSim.Engine.Results;

namespace IomSim.Results;

/// <summary>
/// Where scenario runs are kept: each run under (scenario content hash, seed, run index), with the scenario's id, the
/// program version and every agenda item's outcome, tally and votes. Storing a run again replaces it; a transaction
/// holds whole runs (one, or a batch), so an interrupted program leaves whole runs only. A SQLite file
/// (<see cref="ResultsStore"/>) or a PostgreSQL database; both load a run back exactly as it was stored.
/// </summary>
public interface IResultsStore : IDisposable
{
    /// <summary>Where the runs are, for messages: a full file path, or a database URL without its password.</summary>
    string Location { get; }

    /// <summary>Stores every run of <paramref name="result"/>, a batch of runs per transaction; returns how many were stored.</summary>
    int Save(ScenarioResult result);

    /// <summary>Stores one run in one transaction, replacing any run stored under the same hash, seed and index.</summary>
    void Save(StoredRun run);

    /// <summary>
    /// Stores <paramref name="runs"/> in one transaction, each replacing any run stored under the same hash, seed and
    /// index: all of them are stored, or (on an error) none. A run listed twice is stored as its last listing.
    /// </summary>
    void Save(IReadOnlyList<StoredRun> runs);

    /// <summary>Every run stored for the scenario with <paramref name="contentHash"/> and <paramref name="seed"/>, by run index.</summary>
    ImmutableArray<StoredRun> Load(string contentHash, ulong seed);

    /// <summary>The runs stored for the scenario with <paramref name="contentHash"/> and <paramref name="seed"/> whose index is below <paramref name="runs"/>, by run index.</summary>
    ImmutableArray<StoredRun> Load(string contentHash, ulong seed, int runs);

    /// <summary>The indices below <paramref name="runs"/> of the runs stored for <paramref name="contentHash"/> and <paramref name="seed"/>, without their results.</summary>
    ImmutableSortedSet<int> StoredIndices(string contentHash, ulong seed, int runs);

    /// <summary>
    /// What the store holds, one group per key and seed (a scenario's runs, or a sweep setting's), by scenario id; with
    /// <paramref name="storedBefore"/>, only the runs stored before that time (runs stored without a time count as older).
    /// </summary>
    ImmutableArray<StoredRunGroup> List(DateTimeOffset? storedBefore = null);

    /// <summary>
    /// Deletes the runs stored under <paramref name="contentHash"/> and <paramref name="seed"/>, in one transaction: all
    /// of them, or only those stored before <paramref name="storedBefore"/>; returns how many runs were deleted.
    /// </summary>
    int Delete(string contentHash, ulong seed, DateTimeOffset? storedBefore = null);

    /// <summary>Hands the space freed by deletions back (a file shrinks); nothing where the database does it itself.</summary>
    void Compact();

    /// <summary>How many bytes the store's tables take.</summary>
    long SizeBytes();
}
