using System.Collections.Immutable;

namespace IomSim.Web.Views;

/// <summary>
/// One round of an election in the first run: the votes per candidate, who was elected, withdrew or was eliminated, and
/// the round's hemicycle (a seat per ballot: the ballot is secret) as SVG markup from the report's component.
/// </summary>
/// <param name="Number">The round, from 1.</param>
/// <param name="Votes">Votes per candidate standing.</param>
/// <param name="Against">Votes against a lone candidate.</param>
/// <param name="Blank">Blank ballots.</param>
/// <param name="Absent">Members entitled to vote who cast no ballot.</param>
/// <param name="Elected">The winner of this round, if any.</param>
/// <param name="Withdrawn">Candidates who withdrew after it.</param>
/// <param name="Eliminated">The candidate dropped after it, if any.</param>
/// <param name="ByAcclamation">A lone candidate elected without a ballot.</param>
/// <param name="Outcome">The round in words.</param>
/// <param name="Chart">The round's hemicycle.</param>
internal sealed record BallotRoundView(
    int Number,
    ImmutableSortedDictionary<string, int> Votes,
    int Against,
    int Blank,
    int Absent,
    string? Elected,
    ImmutableArray<string> Withdrawn,
    string? Eliminated,
    bool ByAcclamation,
    string Outcome,
    string Chart);
