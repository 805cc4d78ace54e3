namespace IomSim.Reports.Charts;

/// <summary>One member's seat in a hemicycle.</summary>
/// <param name="Code">The state's code.</param>
/// <param name="Name">Its name.</param>
/// <param name="Bloc">Its regional group (seats are ordered by it within a vote).</param>
/// <param name="Groups">Every group it belongs to that day, for the hover text.</param>
/// <param name="Vote"><c>yes</c>, <c>no</c>, <c>abstain</c>, <c>absent</c> or <c>not-entitled</c>.</param>
/// <param name="Reason">What weighed most in its decision, when recorded.</param>
public sealed record HemicycleSeat(string Code, string Name, string Bloc, string Groups, string Vote, string? Reason);
