namespace IomSim.Grains;

/// <summary>
/// The Council of one lane (keyed like its Administration, see <see cref="LaneKeys"/>): it puts an agenda item to the
/// members present in every run of a batch, seeks consensus, runs a formal vote when a member insists, tallies it
/// under the Constitution's rules, and records it.
/// </summary>
[Alias("iomsim.ICouncilGrain")]
public interface ICouncilGrain : IGrainWithStringKey
{
    /// <summary>
    /// Decides an agenda item in every run of <paramref name="runs"/>, with the members the Administration lists on the
    /// item's date in each run: each member is asked once for the whole batch.
    /// </summary>
    [Alias("Decide")]
    Task<CouncilDecisions> Decide(AgendaItem item, RunBatch runs);

    /// <summary>Elects a Director General in every run of <paramref name="runs"/>: rounds of ballots among the members entitled to vote.</summary>
    [Alias("Elect")]
    Task<CouncilElections> Elect(ElectionItem item, RunBatch runs);
}
