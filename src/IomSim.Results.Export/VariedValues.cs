using System.Globalization;
using System.Text;

namespace IomSim.Results.Export;

/// <summary>
/// The varied numbers of a sweep setting, read back from its canonical text (<c>path=value</c> joined by <c>;</c>,
/// values in shortest round-trip form, so they read back exactly), and the column each path gets.
/// </summary>
public static class VariedValues
{
    /// <summary>Each path and value of <paramref name="settingText"/>, in order; none for an empty text.</summary>
    /// <exception cref="FormatException">A part that is not <c>path=number</c>.</exception>
    public static IReadOnlyList<(string Path, double Value)> Parse(string settingText)
    {
        ArgumentNullException.ThrowIfNull(settingText);
        if (settingText.Length == 0)
        {
            return [];
        }

        return [.. settingText.Split(';').Select(part =>
        {
            var equals = part.LastIndexOf('=');
            return equals > 0 && double.TryParse(part[(equals + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                ? (part[..equals], value)
                : throw new FormatException($"'{part}' in setting '{settingText}' is not PATH=NUMBER");
        })];
    }

    /// <summary>
    /// The column of a varied path: <c>vary_</c> and the path in snake_case (lower case, every run of other characters
    /// an underscore), e.g. <c>behaviour.USA.abstain</c> → <c>vary_behaviour_usa_abstain</c>.
    /// </summary>
    public static string ColumnOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = new StringBuilder("vary_");
        foreach (var c in path.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                name.Append(c);
            }
            else if (name[^1] != '_')
            {
                name.Append('_');
            }
        }

        return name.ToString().TrimEnd('_');
    }
}
