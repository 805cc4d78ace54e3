using System.Collections.Immutable;
using IomSim.Domain.Procedure;
using IomSim.Runtime;

namespace IomSim.Grains;

/// <summary>
/// The Council, keyed by body (e.g. <c>iom-council</c>): it puts an agenda item to the members present, seeks
/// consensus, runs a formal vote when a member insists, tallies it under the Constitution's rules, and records it.
/// </summary>
public interface ICouncilGrain : IGrainWithStringKey
{
    /// <summary>Decides an agenda item with the members the Administration lists on the item's date.</summary>
    Task<AgendaItemResult> Decide(AgendaItem item, RunKey run);

    /// <summary>Elects a Director General: rounds of ballots among the members entitled to vote on the election's date.</summary>
    Task<ElectionResult> Elect(ElectionItem item, RunKey run);

    /// <summary>Every item decided so far, in order.</summary>
    Task<ImmutableList<AgendaItemResult>> Record();
}
