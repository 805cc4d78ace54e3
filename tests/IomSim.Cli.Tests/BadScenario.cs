using System.Text.RegularExpressions;

namespace IomSim.Cli.Tests;

/// <summary>One kind of bad scenario file: the Russia 2020 replay with one line spoiled, and where the error must point.</summary>
/// <param name="Name">The case, and the temporary file's name.</param>
/// <param name="Pattern">What to replace in russia-2020.yaml (a regular expression).</param>
/// <param name="Replacement">What to put there.</param>
/// <param name="Token">Text on the spoiled line the error should point at, or null when the line is not fixed.</param>
/// <param name="Message">A fragment the message must hold.</param>
public sealed record BadScenario(string Name, string Pattern, string Replacement, string? Token, string Message)
{
    public static readonly BadScenario[] All =
    [
        new("malformed-yaml", "^title: .*$", "title: \"unterminated", null, "YAML"),
        new("unknown-state", @"formal_vote_requested_by: \[UKR\]", "formal_vote_requested_by: [XYZ]", "XYZ", "XYZ"),
        new("unknown-kind", "kind: admission", "kind: admision", "admision", "admision"),
        new("missing-field", "^title: .*\n", string.Empty, null, "title"),
        new("mistyped-field", "^runs: 1$", "runs: many", "many", "runs"),
        new("bad-date", "date: 2020-11-24", "date: 2020-13-45", "2020-13-45", "2020-13-45"),
        new("date-out-of-range", "date: 2020-11-24", "date: 1850-01-01", "1850-01-01", "1850-01-01"),
    ];

    /// <summary>Writes the spoiled file into <paramref name="folder"/>; returns its path.</summary>
    public string WriteInto(string folder)
    {
        var original = File.ReadAllText(Iomsim.Scenario("russia-2020.yaml"));
        var spoiled = Regex.Replace(original, Pattern, Replacement, RegexOptions.Multiline);
        Assert.NotEqual(original, spoiled);
        var path = Path.Combine(folder, Name + ".yaml");
        File.WriteAllText(path, spoiled);
        return path;
    }

    /// <summary>The 1-based line and column of <see cref="Token"/> in the file, if any.</summary>
    public (int Line, int Column)? Where(string path)
    {
        if (Token is null)
        {
            return null;
        }

        var lines = File.ReadAllLines(path);
        var line = Array.FindIndex(lines, l => l.Contains(Token, StringComparison.Ordinal));
        return (line + 1, lines[line].IndexOf(Token, StringComparison.Ordinal) + 1);
    }

    public override string ToString() => Name;
}
