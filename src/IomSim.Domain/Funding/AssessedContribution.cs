using IomSim.Domain.World;

namespace IomSim.Domain.Funding;

/// <summary>
/// A member's share of the Administrative Part of one year's budget: due in Swiss francs at the start of the year
/// (Constitution Art. 20), shown in US dollars at the year's rate.
/// </summary>
/// <param name="Member">Who owes it.</param>
/// <param name="Year">For which year.</param>
/// <param name="Share">Its rate on the scale of assessment, 0 to 1.</param>
/// <param name="Chf">The amount due, in Swiss francs.</param>
/// <param name="Usd">The same, in US dollars.</param>
public sealed record AssessedContribution(StateCode Member, int Year, decimal Share, decimal Chf, decimal Usd);
