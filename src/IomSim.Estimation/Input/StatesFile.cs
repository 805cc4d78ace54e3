using IomSim.Domain.World;

namespace IomSim.Estimation.Input;

/// <summary>One row of <c>seeds/states.csv</c>: a state's codes, name and UN membership.</summary>
/// <param name="Code">ISO 3166-1 alpha-3, the project's identity for states.</param>
/// <param name="Iso2">ISO 3166-1 alpha-2, the unvotes dataset's identity.</param>
/// <param name="Name">The state's name.</param>
/// <param name="UnMemberFrom">The day the state joined the UN, or null for a non-member.</param>
public sealed record StateEntry(StateCode Code, string Iso2, string Name, DateOnly? UnMemberFrom);

/// <summary>Reads <c>seeds/states.csv</c> (columns <c>code,iso2,name,un_member_from,source</c>).</summary>
public static class StatesFile
{
    private static readonly string[] s_columns = ["code", "iso2", "name", "un_member_from"];

    /// <summary>Reads the file on disk.</summary>
    public static IReadOnlyList<StateEntry> ReadFile(string path) => Parse(CsvTable.ReadFile(path, s_columns));

    /// <summary>Reads CSV text; <paramref name="file"/> names it in errors.</summary>
    public static IReadOnlyList<StateEntry> Read(TextReader text, string file) => Parse(CsvTable.Read(text, file, s_columns));

    private static List<StateEntry> Parse(IReadOnlyList<CsvRow> rows)
    {
        var states = new List<StateEntry>(rows.Count);
        var codes = new HashSet<StateCode>();
        var iso2s = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var codeText = row["code"];
            if (codeText.Length != 3 || !codeText.All(char.IsAsciiLetterUpper) || !StateCode.TryParse(codeText, out var code))
            {
                throw row.Error("code", $"'{codeText}' is not an ISO 3166-1 alpha-3 code (three capital letters).");
            }

            if (!codes.Add(code))
            {
                throw row.Error("code", $"{code} appears twice.");
            }

            var iso2 = row["iso2"];
            if (iso2.Length != 2 || !iso2.All(char.IsAsciiLetterUpper))
            {
                throw row.Error("iso2", $"'{iso2}' is not an ISO 3166-1 alpha-2 code (two capital letters; Namibia is \"NA\").");
            }

            if (!iso2s.Add(iso2))
            {
                throw row.Error("iso2", $"{iso2} appears twice.");
            }

            states.Add(new StateEntry(code, iso2, row["name"], row.OptionalDate("un_member_from")));
        }

        return states;
    }
}
