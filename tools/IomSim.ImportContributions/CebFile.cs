using IomSim.Estimation.Input;

namespace IomSim.ImportContributions;

/// <summary>
/// Reads <c>iom-contributions-2016-2024.csv</c> from the shared reference folder:
/// <c>year,donor,category,assessed_usd,voluntary_earmarked_usd,voluntary_unearmarked_usd,other_usd</c>.
/// </summary>
internal static class CebFile
{
    /// <summary>The file's name in the reference folder.</summary>
    public const string FileName = "iom-contributions-2016-2024.csv";

    /// <summary>How sources name the file (relative to the project's shared folder).</summary>
    public const string Display = "shared/reference/" + FileName;

    private static readonly string[] s_columns =
        ["year", "donor", "category", "assessed_usd", "voluntary_earmarked_usd", "voluntary_unearmarked_usd", "other_usd"];

    /// <summary>Reads the file from <paramref name="referenceFolder"/>.</summary>
    public static IReadOnlyList<CebRow> ReadFolder(string referenceFolder) =>
        Parse(CsvTable.ReadFile(Path.Combine(referenceFolder, FileName), Display, s_columns));

    /// <summary>Reads CSV text.</summary>
    public static IReadOnlyList<CebRow> Read(TextReader text) => Parse(CsvTable.Read(text, Display, s_columns));

    private static List<CebRow> Parse(IReadOnlyList<CsvRow> rows) =>
        [.. rows.Select(row => new CebRow(
            row.Line,
            row.Year("year"),
            row.Required("donor"),
            row.Required("category"),
            row.Amount("assessed_usd"),
            row.Amount("voluntary_earmarked_usd"),
            row.Amount("voluntary_unearmarked_usd"),
            row.Amount("other_usd")))];
}
