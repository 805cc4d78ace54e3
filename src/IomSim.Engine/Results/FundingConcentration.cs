using System.Collections.Immutable;

namespace IomSim.Engine.Results;

/// <summary>How concentrated voluntary funding is.</summary>
/// <param name="TopFive">The five largest governments or the EU, largest first.</param>
/// <param name="TopFiveShare">Their share, 0 to 1.</param>
/// <param name="Herfindahl">The Herfindahl index over the same contributors, 0 to 1.</param>
/// <param name="Definition">How the project computes both.</param>
public sealed record FundingConcentration(ImmutableArray<string> TopFive, double TopFiveShare, double Herfindahl, string Definition);
