using System.Globalization;
using System.Text;
using IomSim.Estimation.Output;
using IomSim.Domain.Funding;

namespace IomSim.ImportContributions;

/// <summary>
/// Writes <c>seeds/contributions.csv</c>: <c>year,donor,name,kind,assessed_usd,voluntary_earmarked_usd,voluntary_unearmarked_usd,other_usd,source</c>,
/// rows in the order given (the import sorts them by year, then donor), amounts in the invariant culture exactly as
/// recorded, LF line ends, UTF-8 without a byte order mark.
/// </summary>
internal static class ContributionsCsv
{
    /// <summary>The header row.</summary>
    public const string Header = "year,donor,name,kind,assessed_usd,voluntary_earmarked_usd,voluntary_unearmarked_usd,other_usd,source";

    /// <summary>The file's whole text.</summary>
    public static string Format(IEnumerable<ImportedContribution> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        text.Append(Header).Append('\n');
        foreach (var row in rows)
        {
            text.Append(row.Year.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(row.Donor.Value).Append(',')
                .Append(SeedFileText.Field(row.Name)).Append(',')
                .Append(FundingNames.Of(row.Kind)).Append(',')
                .Append(Amount(row.AssessedUsd)).Append(',')
                .Append(Amount(row.EarmarkedUsd)).Append(',')
                .Append(Amount(row.UnearmarkedUsd)).Append(',')
                .Append(Amount(row.OtherUsd)).Append(',')
                .Append(SeedFileText.Field(row.Source)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Writes the file through a temporary file and a rename, so an interrupted run leaves the previous file whole.</summary>
    public static void Write(string path, IEnumerable<ImportedContribution> rows)
    {
        SeedFileText.Write(path, Format(rows));
    }

    /// <summary>An amount as recorded: the decimal's own digits, so 192740753.0 stays 192740753.0.</summary>
    private static string Amount(decimal value) => value.ToString(CultureInfo.InvariantCulture);

}
