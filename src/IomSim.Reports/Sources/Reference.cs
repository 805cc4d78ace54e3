namespace IomSim.Reports.Sources;

/// <summary>One entry of the report's bibliography.</summary>
/// <param name="Key">Its short form in notes, e.g. <c>Geiger, Kokoeva and Zhang (2022)</c>.</param>
/// <param name="Author">Who wrote or published it.</param>
/// <param name="Title">Its title, or what it is when it has none.</param>
/// <param name="Date">When it appeared, as precisely as known.</param>
/// <param name="Url">Where it can be read, when an address is known.</param>
/// <param name="Note">What the copy held is, or what is not known about it.</param>
/// <param name="Marks">Words in a source's text that mean this reference is cited.</param>
public sealed record Reference(string Key, string Author, string Title, string Date, string? Url, string? Note, IReadOnlyList<string> Marks);
