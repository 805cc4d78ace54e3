using System.Globalization;
using IomSim.Domain.World;

namespace IomSim.Estimation.Input;

/// <summary>One membership spell of a state in a group (EU, CIS, a UN regional group…).</summary>
/// <param name="Code">The state.</param>
/// <param name="Group">The group's name as the file writes it.</param>
/// <param name="Joined">The first day of membership, or null when unknown.</param>
/// <param name="Left">The first day after membership, or null while the state is still a member.</param>
public sealed record GroupMembership(StateCode Code, string Group, DateOnly? Joined, DateOnly? Left)
{
    /// <summary>Whether the state was a member on the day (an unknown join date counts as "before").</summary>
    public bool IsMemberOn(DateOnly day) => (Joined is null || Joined <= day) && (Left is null || Left > day);
}

/// <summary>
/// Reads <c>shared/reference/state-groups.csv</c> (<c>iso3,state_name,group,joined,left,source</c>); dates are
/// yyyy-MM-dd or a bare year, read as 1 January of that year.
/// </summary>
public static class StateGroupsFile
{
    private static readonly string[] s_columns = ["iso3", "group", "joined", "left"];

    /// <summary>Reads the file on disk.</summary>
    public static IReadOnlyList<GroupMembership> ReadFile(string path) => Parse(CsvTable.ReadFile(path, s_columns));

    /// <summary>Reads CSV text; <paramref name="file"/> names it in errors.</summary>
    public static IReadOnlyList<GroupMembership> Read(TextReader text, string file) => Parse(CsvTable.Read(text, file, s_columns));

    private static List<GroupMembership> Parse(IReadOnlyList<CsvRow> rows)
    {
        var memberships = new List<GroupMembership>(rows.Count);
        foreach (var row in rows)
        {
            var codeText = row["iso3"];
            if (codeText.Length != 3 || !codeText.All(char.IsAsciiLetterUpper) || !StateCode.TryParse(codeText, out var code))
            {
                throw row.Error("iso3", $"'{codeText}' is not an ISO 3166-1 alpha-3 code (three capital letters).");
            }

            var group = row["group"];
            if (group.Length == 0)
            {
                throw row.Error("group", "the group is empty.");
            }

            memberships.Add(new GroupMembership(code, group, Day(row, "joined"), Day(row, "left")));
        }

        return memberships;
    }

    private static DateOnly? Day(CsvRow row, string column)
    {
        var text = row[column];
        if (text.Length == 0)
        {
            return null;
        }

        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1)
        {
            return new DateOnly(year, 1, 1);
        }

        return row.Date(column);
    }
}
