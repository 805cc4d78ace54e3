using System.Collections.Immutable;

namespace IomSim.Grains;

/// <summary>
/// The runs of a batch in which a member sits for an item, with what differs between them: its blocs' view (it
/// depends on who else sits) and the pull of its donors (it depends on the run's last budget year).
/// </summary>
/// <param name="Runs">The batch.</param>
/// <param name="Places">The member's runs, as places in the batch, ascending.</param>
/// <param name="BlocSignals">Its blocs' view in each of those runs (null: no bloc to follow).</param>
/// <param name="DonorPulls">The pull of its donors in each of those runs.</param>
[GenerateSerializer, Immutable, Alias("iomsim.MemberSittings")]
public sealed record MemberSittings(
    [property: Id(0)] RunBatch Runs,
    [property: Id(1)] ImmutableArray<int> Places,
    [property: Id(2)] ImmutableArray<double?> BlocSignals,
    [property: Id(3)] ImmutableArray<double> DonorPulls);
