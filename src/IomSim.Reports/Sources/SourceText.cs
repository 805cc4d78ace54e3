using System.Text.RegularExpressions;

namespace IomSim.Reports.Sources;

/// <summary>
/// A source or description as a reader of the report sees it: the project's internal file names (seed documents by
/// hash, the reference compilation and its sections, data files) give way to the works they stand for or are left
/// out; what the work says stays. The works themselves are listed in full by <see cref="Bibliography"/>.
/// </summary>
public static partial class SourceText
{
    private const string SeedPaper = "Geiger, Kokoeva and Zhang (2022)";

    /// <summary>Whether <paramref name="text"/> still names an internal file.</summary>
    public static bool NamesAFile(string text) => InternalFile().IsMatch(text ?? string.Empty);

    /// <summary>The text without internal file names.</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clean = SeedFileAside().Replace(text, string.Empty);
        clean = clean.Replace("the seed paper", SeedPaper, StringComparison.Ordinal)
            .Replace("seed paper (Geiger, Kokoeva and Zhang 2022)", SeedPaper, StringComparison.Ordinal)
            .Replace("seed paper (Geiger, Kokoeva and Zhang 2022", "Geiger, Kokoeva and Zhang (2022", StringComparison.Ordinal)
            .Replace("seed paper", SeedPaper, StringComparison.Ordinal)
            .Replace("seed document 003 (Wikipedia article copy)", "Wikipedia", StringComparison.Ordinal)
            .Replace("computed by the reference compiler from", "computed from", StringComparison.Ordinal);
        clean = SeedFile().Replace(clean, m => m.Groups["n"].Value switch
        {
            "000" => SeedPaper,
            "002" => "Anonymous (n.d.)",
            "003" => "Wikipedia",
            "004" => "Anonymous (blog, n.d.)",
            _ => "a seed document",
        });
        clean = Via().Replace(clean, string.Empty);
        clean = CompilationGives().Replace(clean, "; ");
        clean = CompilationFigures().Replace(clean, "$1, $2");
        clean = Compilation().Replace(clean, string.Empty);
        clean = ContributionsTable().Replace(clean, string.Empty);
        clean = DataFile().Replace(clean, m => $"IomSim's seed data ({m.Groups["name"].Value.Replace('-', ' ')})");
        clean = DocsPage().Replace(clean, m => $"IomSim's documentation ({m.Groups["name"].Value.Replace('-', ' ')})");
        clean = EmptyBrackets().Replace(clean, string.Empty);
        clean = BracketThenPunctuation().Replace(clean, "(");
        clean = SpaceBeforePunctuation().Replace(clean, "$1");
        clean = SpaceAfterBracket().Replace(clean, "(");
        clean = DoubledSemicolon().Replace(clean, "; ");
        clean = TrailingPunctuation().Replace(clean.Trim(), string.Empty);
        return DoubleSpace().Replace(clean, " ").Trim();
    }

    private const string Hash = "[0-9]{3}_[0-9a-f]{16}\\.txt";
    private const string Sections = @"sections? \d+[a-z]?(?:\([a-z]\))?(?:(?:, | and )\d+[a-z]?(?:\([a-z]\))?)*(?:, item \d+)?";

    [GeneratedRegex(@"shared/|\b[0-9]{3}_[0-9a-f]{16}\.txt|iom-facts\.md|\bseeds/[a-z0-9-]+\.(csv|yaml)|\.md\b")]
    private static partial Regex InternalFile();

    [GeneratedRegex(@"(,\s*shared/seeds/" + Hash + @"|\s*\(shared/seeds/" + Hash + @"\))")]
    private static partial Regex SeedFileAside();

    [GeneratedRegex(@"(?:shared/)?seeds/(?<n>[0-9]{3})_[0-9a-f]{16}\.txt")]
    private static partial Regex SeedFile();

    [GeneratedRegex(@"[,;]?\s*\(?(?:all )?via shared/reference/iom-facts\.md(?: " + Sections + @")?\)?")]
    private static partial Regex Via();

    [GeneratedRegex(@";\s*(?:shared/reference/)?iom-facts\.md " + Sections + " gives ")]
    private static partial Regex CompilationGives();

    [GeneratedRegex(@"(?:shared/reference/)?iom-facts\.md sections \d+ \(([^)]*)\) and \d+ \(([^)]*)\)")]
    private static partial Regex CompilationFigures();

    [GeneratedRegex(@"(?:shared/reference/)?iom-facts\.md(?: " + Sections + @")?,?\s*")]
    private static partial Regex Compilation();

    [GeneratedRegex(@",?\s*(?:shared/reference/)?iom-contributions-2016-2024\.csv")]
    private static partial Regex ContributionsTable();

    [GeneratedRegex(@"\bseeds/(?<name>[a-z0-9-]+)\.(csv|yaml)")]
    private static partial Regex DataFile();

    [GeneratedRegex(@"\bdocs/(?<name>[a-z0-9-]+)\.md\b")]
    private static partial Regex DocsPage();

    [GeneratedRegex(@"\(\s*[,;:]\s*")]
    private static partial Regex BracketThenPunctuation();

    [GeneratedRegex(@"\(\s*[,;:]?\s*\)")]
    private static partial Regex EmptyBrackets();

    [GeneratedRegex(@"\s+([,;.)])")]
    private static partial Regex SpaceBeforePunctuation();

    [GeneratedRegex(@"\(\s+")]
    private static partial Regex SpaceAfterBracket();

    [GeneratedRegex(@";\s*;\s*")]
    private static partial Regex DoubledSemicolon();

    [GeneratedRegex(@"[;:,]$")]
    private static partial Regex TrailingPunctuation();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex DoubleSpace();
}
