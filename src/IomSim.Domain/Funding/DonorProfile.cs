using IomSim.Domain.World;

namespace IomSim.Domain.Funding;

/// <summary>A contributor: its name, kind and what it prefers to fund.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Name">Its name as the record writes it.</param>
/// <param name="Kind">What sort of contributor.</param>
/// <param name="Priorities">What it prefers to fund (neutral when nothing is seeded).</param>
/// <param name="Basis">Basis of the priorities.</param>
/// <param name="Source">Source of the priorities.</param>
public sealed record DonorProfile(DonorId Id, string Name, DonorKind Kind, DonorPriorities Priorities, ValueBasis Basis, string Source);
