using System.Collections.Immutable;
using IomSim.Domain.World;
using IomSim.Seeds.Csv;

namespace IomSim.Seeds.Files;

/// <summary>Reads <c>seeds/states.csv</c>: <c>code,iso2,name,un_member_from,source</c>.</summary>
internal static class StatesReader
{
    public static readonly string[] Columns = ["code", "iso2", "name", "un_member_from", "source"];

    public static ImmutableSortedDictionary<StateCode, State> Read(SeedTable table)
    {
        var states = ImmutableSortedDictionary.CreateBuilder<StateCode, State>();
        var iso2s = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var text = row["code"];
            if (text.Length != 3 || !text.All(char.IsAsciiLetterUpper) || !StateCode.TryParse(text, out var code))
            {
                throw row.Error("code", $"'{text}' is not a state code (expected three capital letters, ISO 3166-1 alpha-3)");
            }

            var iso2 = row["iso2"];
            if (iso2.Length != 2 || !iso2.All(char.IsAsciiLetterUpper))
            {
                throw row.Error("iso2", $"'{iso2}' is not an ISO 3166-1 alpha-2 code (expected two capital letters; Namibia's is the text NA)");
            }

            if (!iso2s.Add(iso2))
            {
                throw row.Error("iso2", $"duplicate row: the code {iso2} is already used");
            }

            var state = new State(code, iso2, row.Required("name", "the UN short name"), row.OptionalDay("un_member_from"), row.Source());
            if (!states.TryAdd(code, state))
            {
                throw row.Error("code", $"duplicate row: {code} appears twice");
            }
        }

        return states.ToImmutable();
    }
}
