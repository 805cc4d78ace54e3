using IomSim.Domain.World;

namespace IomSim.Seeds;

/// <summary>How the seed files write a <see cref="ValueBasis"/>: kebab case (<c>roll-calls</c>, <c>modelling-assumption</c>).</summary>
public static class BasisNames
{
    private static readonly Dictionary<string, ValueBasis> s_byName = new(StringComparer.Ordinal)
    {
        ["roll-calls"] = ValueBasis.RollCalls,
        ["documented-vote"] = ValueBasis.DocumentedVote,
        ["documented"] = ValueBasis.Documented,
        ["dataset"] = ValueBasis.Dataset,
        ["inferred"] = ValueBasis.Inferred,
        ["regional-default"] = ValueBasis.RegionalDefault,
        ["modelling-assumption"] = ValueBasis.ModellingAssumption,
        ["general-knowledge"] = ValueBasis.GeneralKnowledge,
    };

    /// <summary>Reads a basis name.</summary>
    public static bool TryParse(string? text, out ValueBasis basis)
    {
        basis = default;
        return text is not null && s_byName.TryGetValue(text, out basis);
    }

    /// <summary>Writes a basis name.</summary>
    public static string Format(ValueBasis basis) => s_byName.First(pair => pair.Value == basis).Key;
}
