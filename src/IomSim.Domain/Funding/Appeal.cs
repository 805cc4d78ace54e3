using IomSim.Domain.World;

namespace IomSim.Domain.Funding;

/// <summary>A project IOM asks donors to fund in one year.</summary>
/// <param name="Id">Stable identifier (it keys the project's grain and random streams).</param>
/// <param name="Year">The budget year.</param>
/// <param name="Title">One line for reports.</param>
/// <param name="Theme">What it works on.</param>
/// <param name="Region">Where.</param>
/// <param name="Country">The country it works in, if one.</param>
/// <param name="RequestedBy">The state that asked for it (its government is the recipient), if one.</param>
/// <param name="CostUsd">Its whole cost in US dollars, overhead included.</param>
public sealed record Appeal(string Id, int Year, string Title, Theme Theme, Region Region, StateCode? Country, StateCode? RequestedBy, decimal CostUsd);
