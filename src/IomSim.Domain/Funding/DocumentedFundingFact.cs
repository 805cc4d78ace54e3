namespace IomSim.Domain.Funding;

/// <summary>
/// A documented funding figure to put beside the simulated one. Where sources disagree, each has its own fact with
/// the same <see cref="Measure"/>, <see cref="Year"/> and <see cref="Donor"/>.
/// </summary>
/// <param name="Measure">
/// What is measured: <c>top-five-share</c> (0 to 1), <c>assessed-usd</c>, <c>voluntary-usd</c>,
/// <c>total-revenue-usd</c>, <c>voluntary-share-of-budget</c> (0 to 1).
/// </param>
/// <param name="Year">The year.</param>
/// <param name="Donor">The donor, for a per-donor measure.</param>
/// <param name="Value">The figure.</param>
/// <param name="Definition">How the source computes or defines it.</param>
/// <param name="Source">Who says so.</param>
public sealed record DocumentedFundingFact(string Measure, int Year, DonorId? Donor, decimal Value, string Definition, string Source);
