using IomSim.Domain.Decisions;

namespace IomSim.Scenarios.Reading;

/// <summary>One overridable decision-model parameter: its key in files, its accepted range and how to set it.</summary>
/// <param name="Key">The snake_case key (<c>distance_weight</c>).</param>
/// <param name="Property">The <see cref="DecisionParameters"/> property it sets.</param>
/// <param name="Min">Smallest accepted value.</param>
/// <param name="Max">Largest accepted value.</param>
/// <param name="Set">Returns the parameters with this one replaced.</param>
/// <param name="Get">Reads this parameter.</param>
public sealed record ParameterSpec(
    string Key, string Property, double Min, double Max, Func<DecisionParameters, double, DecisionParameters> Set, Func<DecisionParameters, double> Get);
