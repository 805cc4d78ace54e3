using IomSim.Domain.World;

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
    public static StatesByName ReadFile(string path) => Parse(CsvFile.ReadFile(path, "seeds/states.csv", s_columns));

    /// <summary>The state with exactly this name, if one.</summary>
    public StateCode? Find(string name) => _byName.TryGetValue(name, out var code) ? code : null;

    private static StatesByName Parse(IReadOnlyList<CsvLine> lines)
    {
        var byName = new Dictionary<string, StateCode>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var text = line["code"];
            if (text.Length != 3 || !text.All(char.IsAsciiLetterUpper) || !StateCode.TryParse(text, out var code))
            {
                throw line.Error("code", $"'{text}' is not an ISO 3166-1 alpha-3 code (three capital letters).");
            }

            if (!byName.TryAdd(line.Required("name"), code))
            {
                throw line.Error("name", $"'{line["name"]}' appears twice.");
            }
        }

        return new StatesByName(byName);
    }
}
