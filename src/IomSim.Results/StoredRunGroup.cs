namespace IomSim.Results;

/// <summary>The runs stored under one key and seed: a scenario's runs, or one sweep setting's.</summary>
/// <param name="ScenarioId">The scenario's id.</param>
/// <param name="ContentHash">The key: the scenario file's SHA-256, or a sweep setting's own.</param>
/// <param name="Seed">The seed.</param>
/// <param name="Setting">What the key stands for; null for runs stored before the store kept it.</param>
/// <param name="Runs">How many runs (among those asked for).</param>
/// <param name="FirstRun">The lowest run index.</param>
/// <param name="LastRun">The highest run index.</param>
/// <param name="FirstStored">When the earliest of them was stored; null when none has a time (stored before the store kept it).</param>
/// <param name="LastStored">When the latest was stored.</param>
/// <param name="Versions">The program versions that stored them, joined by <c>, </c>.</param>
/// <param name="TextBytes">The length of their stored votes, reasons and lists: what most of their space is.</param>
public sealed record StoredRunGroup(
    string ScenarioId,
    string ContentHash,
    ulong Seed,
    RunSetting? Setting,
    int Runs,
    int FirstRun,
    int LastRun,
    DateTimeOffset? FirstStored,
    DateTimeOffset? LastStored,
    string Versions,
    long TextBytes);
