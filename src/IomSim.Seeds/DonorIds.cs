using IomSim.Domain.Funding;
using IomSim.Domain.World;

namespace IomSim.Seeds;

/// <summary>Reads donor ids in seed files: a three-letter id is a state and must be in <c>seeds/states.csv</c>.</summary>
internal static class DonorIds
{
    /// <summary>Reads <paramref name="text"/>; returns what is wrong with it, or null when it is a good id.</summary>
    public static string? TryRead(string text, IReadOnlySet<StateCode> states, out DonorId donor)
    {
        if (!DonorId.TryParse(text, out donor))
        {
            return $"'{text}' is not a donor id (expected a state code such as USA, or upper-case letters, digits and hyphens such as EU or UN-POOLED-FUNDS)";
        }

        return donor.State is { } state && !states.Contains(state)
            ? $"'{text}' is not a state in seeds/{SeedFiles.States} (a three-letter donor id is read as a state; other donors need a longer id)"
            : null;
    }
}
