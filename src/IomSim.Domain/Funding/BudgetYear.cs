namespace IomSim.Domain.Funding;

/// <summary>One year's budget and revenue as recorded, with what the model needs to play it.</summary>
/// <param name="Year">The year.</param>
/// <param name="TotalRevenueUsd">Total revenue (UN CEB).</param>
/// <param name="AssessedUsd">Assessed contributions received (UN CEB).</param>
/// <param name="EarmarkedUsd">Voluntary earmarked revenue (UN CEB), pooled funds excluded.</param>
/// <param name="UnearmarkedUsd">Voluntary unearmarked revenue (UN CEB).</param>
/// <param name="AdministrativePartChf">The Administrative Part of the budget in Swiss francs.</param>
/// <param name="AdministrativePartBasis">Whether <paramref name="AdministrativePartChf"/> is documented or derived (from <paramref name="AssessedUsd"/> at <paramref name="UsdPerChf"/>).</param>
/// <param name="UsdPerChf">US dollars per Swiss franc, the year's average.</param>
/// <param name="AppealUsd">The total cost of the year's appeals (projects IOM asks donors to fund).</param>
/// <param name="AppealBasis">Whether <paramref name="AppealUsd"/> is documented or derived.</param>
/// <param name="Source">Sources of the row.</param>
public sealed record BudgetYear(
    int Year,
    decimal TotalRevenueUsd,
    decimal AssessedUsd,
    decimal EarmarkedUsd,
    decimal UnearmarkedUsd,
    decimal AdministrativePartChf,
    World.ValueBasis AdministrativePartBasis,
    decimal UsdPerChf,
    decimal AppealUsd,
    World.ValueBasis AppealBasis,
    string Source);
