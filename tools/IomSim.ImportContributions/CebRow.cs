namespace IomSim.ImportContributions;

/// <summary>One row of the UN CEB revenue-by-contributor file: a contributor's IOM revenue in one year, US dollars, as recorded.</summary>
/// <param name="Line">The row's line in the reference file.</param>
/// <param name="Year">The year.</param>
/// <param name="Name">The contributor as CEB names it.</param>
/// <param name="Category">CEB's contributor category (<c>Government</c>, <c>European Union</c>, <c>Multilateral - UN Orgs</c>, ...).</param>
/// <param name="AssessedUsd">Assessed contributions.</param>
/// <param name="EarmarkedUsd">Voluntary, earmarked (can be negative: refunds and adjustments).</param>
/// <param name="UnearmarkedUsd">Voluntary, unearmarked.</param>
/// <param name="OtherUsd">Other revenue.</param>
internal sealed record CebRow(long Line, int Year, string Name, string Category, decimal AssessedUsd, decimal EarmarkedUsd, decimal UnearmarkedUsd, decimal OtherUsd);
