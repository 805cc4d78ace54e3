using IomSim.Domain.World;
using IomSim.Estimation.Input;

namespace IomSim.ImportContributions;

/// <summary>The states of <c>seeds/states.csv</c>, by name and by code.</summary>
internal sealed class StatesByName
{
    private static readonly string[] s_columns = ["code", "name"];

    private readonly Dictionary<string, StateCode> _byName;

    private StatesByName(Dictionary<string, StateCode> byName)
    {
        _byName = byName;
        Codes = byName.Values.ToHashSet();
    }

    /// <summary>Every code.</summary>
    public IReadOnlySet<StateCode> Codes { get; }

    /// <summary>Reads the file on disk.</summary>
    public static StatesByName ReadFile(string path) => Parse(CsvTable.ReadFile(path, "seeds/states.csv", s_columns));

    /// <summary>The state with exactly this name, if one.</summary>
    public StateCode? Find(string name) => _byName.TryGetValue(name, out var code) ? code : null;

    private static StatesByName Parse(IReadOnlyList<CsvRow> rows)
    {
        var byName = new Dictionary<string, StateCode>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var text = row["code"];
            if (text.Length != 3 || !text.All(char.IsAsciiLetterUpper) || !StateCode.TryParse(text, out var code))
            {
                throw row.Error("code", $"'{text}' is not an ISO 3166-1 alpha-3 code (three capital letters).");
            }

            if (!byName.TryAdd(row.Required("name"), code))
            {
                throw row.Error("name", $"'{row["name"]}' appears twice.");
            }
        }

        return new StatesByName(byName);
    }
}
